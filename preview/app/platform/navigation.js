// lightning/navigation in the preview: NavigationMixin and CurrentPageReference with the
// platform's names. Navigation is reported to the shell (shown in the page log); a User record
// page reference switches the preview to that user's record page.
import { reportPlatformEvent } from './events.js';

const Navigate = Symbol('NavigationMixin.Navigate');
const GenerateUrl = Symbol('NavigationMixin.GenerateUrl');

/** The Lightning Experience URL a page reference stands for. */
export function urlFor(pageReference) {
  const { type, attributes = {}, state = {} } = pageReference || {};
  const query = Object.keys(state).length ? `?${new URLSearchParams(state).toString()}` : '';
  switch (type) {
    case 'standard__recordPage':
      return `/lightning/r/${attributes.objectApiName || 'sObject'}/${attributes.recordId}/${attributes.actionName || 'view'}${query}`;
    case 'standard__objectPage':
      return `/lightning/o/${attributes.objectApiName}/${attributes.actionName || 'home'}${query}`;
    case 'standard__navItemPage':
      return `/lightning/n/${attributes.apiName}${query}`;
    case 'standard__webPage':
      return String(attributes.url || '');
    case 'standard__namedPage':
      return `/lightning/page/${attributes.pageName}${query}`;
    default:
      return `#unsupported-page-reference:${type}`;
  }
}

export function NavigationMixin(Base) {
  return class extends Base {
    [Navigate](pageReference, replace) {
      reportPlatformEvent('navigate', {
        pageReference,
        replace: !!replace,
        url: urlFor(pageReference)
      });
    }

    [GenerateUrl](pageReference) {
      return Promise.resolve(urlFor(pageReference));
    }
  };
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

/** The page the preview shows, as a page reference (set by the shell). */
function currentPageReference() {
  return (
    globalThis.__WHY_PREVIEW_PAGE__ || {
      type: 'standard__navItemPage',
      attributes: { apiName: 'Why_API_Only' },
      state: {}
    }
  );
}

export class CurrentPageReference {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }

  connect() {
    this.dataCallback(currentPageReference());
  }

  update() {}

  disconnect() {}
}
