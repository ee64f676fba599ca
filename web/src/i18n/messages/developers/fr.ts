import type { developersEn } from './en';

export const developersFr: typeof developersEn = {
  footerLink: 'Pour les développeurs (R, Python, Excel)',
  title: 'Développeurs : le SICREMI dans vos outils',
  intro:
    'Tous les chiffres publiés sont disponibles selon la norme SDMX : les mêmes requêtes fonctionnent depuis R, Python, Excel ou la ligne de commande. Les exemples pointent vers ce serveur ; copiez-les tels quels.',
  apis: 'SDMX REST 2.0.0 à {{v2}} (SDMX-JSON 2.0, SDMX-CSV 2.0, SDMX-ML 2.1) et SDMX REST 1.5 à {{v1}} (SDMX-JSON 1.0, SDMX-CSV 1.0, SDMX-ML 2.1).',
  copy: 'Copier',
  copied: 'Copié',
  r: {
    title: 'R (rsdmx)',
    hint: 'Enregistre le SICREMI comme fournisseur SDMX, puis lit les données avec le nom de chaque code.',
  },
  python: {
    title: 'Python (sdmx1 / pandasdmx)',
    hint: 'Le paquet sdmx1 lit données et structures dans pandas.',
  },
  pandas: {
    title: 'Python, pandas seul (SDMX-CSV)',
    hint: 'Aucune bibliothèque SDMX nécessaire : SDMX-CSV est un fichier CSV ordinaire.',
  },
  powerQuery: {
    title: 'Excel (Power Query)',
    hint: "Collez dans l'éditeur avancé d'une requête vide ; actualisez pour obtenir les derniers chiffres.",
  },
  curl: {
    title: 'Ligne de commande (curl)',
    hint: 'Structures, données dans chaque format, disponibilité et historique des chiffres révisés.',
  },
  more: "Les cellules confidentielles ne sont jamais publiées : une cellule supprimée n'a pas de valeur et porte le statut Q. La liste complète des routes est dans la documentation de l'API.",
  apiDocs: "Documentation de l'API",
};
