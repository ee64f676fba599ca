// CL_BIRTHPLACE: in survey tables a migrant is a person born abroad (foreign-born), whatever
// their citizenship; the native-born are the comparison group of every GAP_* indicator.
import { labels } from '../labels.js';
import { totalCode, unknownCode } from './common-codes.js';
import { code, defineCodelist } from './define.js';

export const CL_BIRTHPLACE = defineCodelist(
  'CL_BIRTHPLACE',
  labels('Place of birth', 'Lugar de nacimiento', 'Lieu de naissance', 'Local de nascimento'),
  [
    code('NB', labels('Native-born', 'Nacidos en el país', 'Nés dans le pays', 'Nascidos no país'), [
      'Nativos',
      'Native',
      'Natifs',
      'Autóctonos',
    ]),
    code(
      'FB',
      labels('Foreign-born', 'Nacidos en el extranjero', "Nés à l'étranger", 'Nascidos no exterior'),
      [
        'Inmigrantes',
        'Migrantes',
        'Nacidos fuera del país',
        'Immigrants',
        'Migrants',
        'Imigrantes',
        'Nascidos no estrangeiro',
        'Foreign born',
      ],
    ),
    unknownCode(),
    totalCode(),
  ],
);
