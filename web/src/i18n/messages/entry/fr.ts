import type { entryEn } from './en';

export const entryFr: typeof entryEn = {
  title: 'Saisie des données',
  openGrid: 'Saisir dans la grille',
  intro:
    'Saisissez les chiffres comme dans votre tableau imprimé ; chaque modification est enregistrée au fur et à mesure et vérifiée par les mêmes règles qu’un fichier.',
  readOnly: 'Vous consultez cette grille : seuls les correspondants du pays y saisissent des données.',
  draftSince: 'Brouillon enregistré pour la dernière fois le {{date}}.',
  keysHelp:
    'Les flèches, Tab et Page préc./Page suiv. déplacent ; tapez pour remplacer une cellule, Entrée ou F2 pour la modifier, Échap pour annuler, Suppr pour la vider ; tapez L, M, O ou Q pour dire pourquoi une cellule est vide ; Maj+Entrée ouvre la note de la cellule ; collez un bloc copié d’un tableur à la cellule active.',
  notANumber: '« {{text}} » n’est pas un nombre : tapez un nombre, ou L, M, O ou Q pour une cellule vide.',
  pasted_one: '{{count}} cellule collée.',
  pasted_other: '{{count}} cellules collées.',
  pasteUnread_one: '{{count}} texte collé n’était pas un nombre et a été ignoré.',
  pasteUnread_other: '{{count}} textes collés n’étaient pas des nombres et ont été ignorés.',
  sumOfParts: 'Les éléments totalisent {{sum}}.',
  noteSaid: 'Note : {{note}}',
  emptyCell: 'vide',
  statusLabel: 'Pourquoi la cellule est vide',
  noteLabel: 'Note (note de bas de page ; justifie un avertissement sur cette cellule)',
  noteHint: 'Échap revient à la grille.',
  status: {
    none: '— aucun statut —',
    value: '— la cellule a une valeur —',
    L: 'existe mais non collectée',
    M: 'sans objet',
    O: 'manquante',
    Q: 'confidentielle',
  },
  issues: {
    title: 'Problèmes',
    errors_one: '{{count}} erreur',
    errors_other: '{{count}} erreurs',
    warnings_one: '{{count}} avertissement',
    warnings_other: '{{count}} avertissements',
    none: 'Aucun problème : le brouillon respecte toutes les règles.',
    justifiedByNote: 'Justifié par la note de la cellule.',
    severity: { error: 'Erreur', warning: 'Avertissement', info: 'Note' },
  },
  save: {
    saved: 'Toutes les modifications sont enregistrées',
    saving: 'Enregistrement…',
    offline_one:
      'Hors ligne : {{count}} modification gardée sur cet ordinateur, envoyée dès que le serveur répond',
    offline_other:
      'Hors ligne : {{count}} modifications gardées sur cet ordinateur, envoyées dès que le serveur répond',
    refused: 'Non enregistré : {{message}}',
    unsent_one: '{{count}} non envoyée',
    unsent_other: '{{count}} non envoyées',
  },
  submit: {
    button: 'Soumettre pour révision',
    unsent:
      'Certaines modifications n’ont pas encore pu être enregistrées : attendez que le serveur réponde, puis soumettez à nouveau.',
    failed: 'Le brouillon n’a pas pu être soumis.',
  },
  addRow: 'Trouver ou ajouter une ligne ({{dimension}})',
  rowShown: 'affichée',
  addRowPlaceholder: 'Rechercher par nom ou code',
  rowAdded: '{{row}} ajouté.',
  addYear: 'Ajouter {{year}}',
  yearAdded: 'Année {{year}} ajoutée.',
};
