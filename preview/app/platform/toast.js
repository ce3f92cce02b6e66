// lightning/platformShowToastEvent in the preview: the same event the org's one.app listens
// for (name, detail, bubbling and composed), shown by the preview shell.
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', {
      bubbles: true,
      composed: true,
      cancelable: true,
      detail: { variant: 'info', mode: 'dismissible', ...toast }
    });
  }
}
