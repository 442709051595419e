/** rdpdiag's version, as `--version` prints it and reports name it (a test keeps it equal to package.json's). */
export const VERSION = '0.1.0';
