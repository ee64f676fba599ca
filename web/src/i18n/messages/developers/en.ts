// The 'developers' namespace (the /developers recipes page), English. Same shape in es, fr, pt.
export const developersEn = {
  footerLink: 'For developers (R, Python, Excel)',
  title: 'Developers: SICREMI in your tools',
  intro:
    'Every published figure is available through the SDMX standard: the same queries work from R, Python, Excel or the command line. The examples below point at this server; copy them as they are.',
  apis: 'SDMX REST 2.0.0 at {{v2}} (SDMX-JSON 2.0, SDMX-CSV 2.0, SDMX-ML 2.1) and SDMX REST 1.5 at {{v1}} (SDMX-JSON 1.0, SDMX-CSV 1.0, SDMX-ML 2.1).',
  copy: 'Copy',
  copied: 'Copied',
  r: {
    title: 'R (rsdmx)',
    hint: 'Registers SICREMI as an SDMX provider, then reads data with the names of every code.',
  },
  python: {
    title: 'Python (sdmx1 / pandasdmx)',
    hint: 'The sdmx1 package reads data and structures into pandas.',
  },
  pandas: {
    title: 'Python, plain pandas (SDMX-CSV)',
    hint: 'No SDMX library needed: SDMX-CSV is an ordinary CSV file.',
  },
  powerQuery: {
    title: 'Excel (Power Query)',
    hint: 'Paste into the Advanced Editor of a blank query; refresh to get the latest figures.',
  },
  curl: {
    title: 'Command line (curl)',
    hint: 'Structures, data in each format, availability and the history of revised figures.',
  },
  more: 'Confidential cells are never published: a suppressed cell has no value and the status Q. The full list of routes is in the API documentation.',
  apiDocs: 'API documentation',
};
