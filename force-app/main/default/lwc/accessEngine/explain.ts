// explainUser: the explanation JSON of design.md, with the one-sentence verdict.
import { engineContext } from './context';
import type { EngineContext } from './context';
import { UnknownUserError } from './errors';
import { evaluateUser } from './evaluate';
import type { UserEvaluation } from './evaluate';
import { apiOnlyPath, isApiOnlyByLicense, subjectOf, userFindings } from './findings';
import type { FactIndex } from './indexes';
import { indexFacts } from './indexes';
import { renderFinding } from './messages';
import { API_USER_ONLY } from './tracked';
import type { TrackedPermission } from './tracked';
import type {
  EngineOptions,
  Explanation,
  Facts,
  RecordId,
  RenderedText,
  UserRecord
} from './types';

const ID_15 = 15;

function findUser(index: FactIndex, userIdOrUsername: string): UserRecord {
  const key = userIdOrUsername.trim();
  const byId = index.userById.get(key) ?? index.userByUsername.get(key.toLowerCase());
  if (byId !== undefined) return byId;
  // A 15-character Id names the same record as its 18-character form.
  if (key.length === ID_15) {
    const match = index.users.find((user) => user.Id.slice(0, ID_15) === key);
    if (match !== undefined) return match;
  }
  throw new UnknownUserError(userIdOrUsername);
}

function rendered(
  context: EngineContext,
  code: string,
  params: RenderedText['params']
): RenderedText {
  return { code, params, message: renderFinding(code, params, context.findings.texts) };
}

/** The one sentence: every API-only path (group and member set named), or why not API-only. */
export function verdictOf(
  context: EngineContext,
  evaluation: UserEvaluation,
  viewerId: RecordId | null = null
): RenderedText {
  const user = evaluation.user.Username;
  // An active user reading their own explanation is spoken to; an inactive one can't log in.
  const self =
    viewerId !== null &&
    evaluation.user.IsActive &&
    viewerId.slice(0, 15) === evaluation.user.Id.slice(0, 15)
      ? '_SELF'
      : '';
  const permission = context.findings.labels[API_USER_ONLY];
  const texts = context.findings.texts;
  if (evaluation.effective.has(API_USER_ONLY)) {
    if (isApiOnlyByLicense(evaluation)) {
      return rendered(context, `VERDICT_API_ONLY_BY_LICENSE${self}`, {
        user,
        license: evaluation.license?.Name ?? 'Salesforce Integration',
        profile: evaluation.profile?.Name ?? evaluation.user.ProfileId
      });
    }
    const paths = (evaluation.sources.get(API_USER_ONLY) ?? [])
      .filter((source) => source.inEffect)
      .map((source) => {
        const path = apiOnlyPath(context.findings, source);
        return renderFinding(`PATH_${path.code}`, path.params, texts);
      });
    return rendered(context, `VERDICT_API_ONLY${self}`, {
      user,
      permission,
      // Labels lose trailing spaces (the platform and formatters trim them): space in code.
      paths: paths.join(`${renderFinding('PATH_JOIN', {}, texts).trim()} `)
    });
  }
  if (!evaluation.user.IsActive)
    return rendered(context, 'VERDICT_NOT_API_ONLY_INACTIVE', { user, permission });
  return rendered(context, `VERDICT_NOT_API_ONLY${self}`, { user, permission });
}

export function explainUser(
  facts: Facts,
  userIdOrUsername: string,
  options: EngineOptions = {}
): Explanation {
  const user = findUser(indexFacts(facts), userIdOrUsername);
  const context = engineContext(facts, options, options.activatedPermissionSetIds ?? null);
  const evaluation = evaluateUser(context.evaluation, user);
  return {
    user: {
      Id: user.Id,
      Username: user.Username,
      Name: user.Name,
      profile: evaluation.profile?.Name ?? null,
      license: evaluation.license?.Name ?? null
    },
    apiOnly: evaluation.effective.has(API_USER_ONLY),
    verdict: verdictOf(context, evaluation, options.viewerId ?? null),
    permissions: context.reported.map((info) => {
      const field = info.fieldName as TrackedPermission;
      return {
        field,
        label: context.findings.labels[field],
        effective: evaluation.effective.has(field),
        sources: evaluation.sources.get(field) ?? []
      };
    }),
    findings: userFindings(context.findings, subjectOf(evaluation))
  };
}
