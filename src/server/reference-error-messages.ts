// The messages of the reference-data error codes (issue 6), in the four languages, in the shape
// of API_ERROR_MESSAGES (errors.ts), which spreads them in: `...REFERENCE_ERROR_MESSAGES`.
import type { Labels } from '../framework/types.js';

export const REFERENCE_ERROR_MESSAGES = {
  CODE_NOT_IN_CODELIST: {
    en: '{code} is not a reportable code of the dimension {dimension}.',
    es: '{code} no es un código declarable de la dimensión {dimension}.',
    fr: "{code} n'est pas un code déclarable de la dimension {dimension}.",
    pt: '{code} não é um código declarável da dimensão {dimension}.',
  },
  MAPPING_NOT_FOUND: {
    en: 'No active code mapping {id}.',
    es: 'No hay ninguna correspondencia activa {id}.',
    fr: 'Aucune correspondance active {id}.',
    pt: 'Não há correspondência ativa {id}.',
  },
  CODELIST_NOT_EXTENSIBLE: {
    en: 'Codes cannot be added to {id}: it changes only with a new version of the framework.',
    es: 'No se pueden agregar códigos a {id}: solo cambia con una nueva versión del marco.',
    fr: "Impossible d'ajouter des codes à {id} : la liste ne change qu'avec une nouvelle version du cadre.",
    pt: 'Não é possível acrescentar códigos a {id}: ela só muda com uma nova versão do quadro.',
  },
  CODE_EXISTS: {
    en: 'The code {code} is already in {id}.',
    es: 'El código {code} ya está en {id}.',
    fr: 'Le code {code} figure déjà dans {id}.',
    pt: 'O código {code} já está em {id}.',
  },
  INVALID_CODE_ID: {
    en: '"{code}" is not a code: use upper-case letters, digits and underscores.',
    es: '«{code}» no es un código: use mayúsculas, cifras y guiones bajos.',
    fr: '« {code} » n’est pas un code : utilisez des majuscules, des chiffres et des tirets bas.',
    pt: '"{code}" não é um código: use maiúsculas, algarismos e sublinhados.',
  },
  CODE_NOT_FOUND: {
    en: 'No code {code} in {id}.',
    es: 'No hay ningún código {code} en {id}.',
    fr: 'Aucun code {code} dans {id}.',
    pt: 'Não há código {code} em {id}.',
  },
  CODE_FROM_FRAMEWORK: {
    en: 'The labels of the framework code {code} change only with a new version of the framework.',
    es: 'Las etiquetas del código del marco {code} solo cambian con una nueva versión del marco.',
    fr: "Les libellés du code {code} du cadre ne changent qu'avec une nouvelle version du cadre.",
    pt: 'Os rótulos do código do quadro {code} só mudam com uma nova versão do quadro.',
  },
} satisfies Record<string, Labels>;
