// The 'reports' namespace, English: the portal's report pages. The other languages have the same shape.
export const reportsEn = {
  title: 'Reports',
  lead: '“International Migration in the Americas”, the periodic report of the OAS with the OECD: a regional overview and one note per member state, generated from the published data. Each report names the releases it is pinned to and how to cite it.',
  regional: 'International Migration in the Americas — regional report',
  countryNotes: 'Country notes',
  asOf: 'Figures as published on',
  latest: 'Latest releases',
  pinNow: 'Pin these figures (permanent link)',
  cite: 'How to cite:',
  pdf: 'Download (PDF)',
  html: 'Standalone page (HTML)',
  print: 'Print',
  reproduce: 'Regenerate the same report:',
  contents: 'Contents',
  generating: 'Generating the report…',
};
