import type ExcelJSModule from 'exceljs';
import type JSZipModule from 'jszip';

// ExcelJS and JSZip (about 35 MB resident together) are loaded when a spreadsheet is first read or
// written, not when Board Clerk starts: most processes never import or export one.

/** ExcelJS, loaded on first use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const excel = () => require('exceljs') as typeof ExcelJSModule;

/** JSZip, loaded on first use. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const jszip = () => require('jszip') as typeof JSZipModule;
