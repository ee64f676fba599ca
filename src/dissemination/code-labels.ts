// Code names and code-list order live with the SDMX builders; re-exported for dissemination
// readers (reports, the JSON API).
export { codeName, sortCodes } from '../sdmx/code-labels.js';
