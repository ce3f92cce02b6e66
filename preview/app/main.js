// The preview page's entry: synthetic shadow first (as in the org), then the shell.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import Shell from 'preview/shell';

const root = document.getElementById('root');
root.textContent = '';
root.appendChild(createElement('preview-shell', { is: Shell }));
