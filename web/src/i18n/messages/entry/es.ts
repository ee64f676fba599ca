import type { entryEn } from './en';

export const entryEs: typeof entryEn = {
  title: 'Ingreso de datos',
  openGrid: 'Ingresar en la grilla',
  intro:
    'Escriba las cifras como en su cuadro impreso; cada cambio se guarda al instante y se verifica con las mismas reglas que un archivo.',
  readOnly: 'Está consultando esta grilla: solo los corresponsales del país ingresan datos en ella.',
  draftSince: 'Borrador guardado por última vez el {{date}}.',
  keysHelp:
    'Las flechas, Tab y Re Pág/Av Pág desplazan; escriba para reemplazar una celda, Intro o F2 para editarla, Escape para cancelar, Supr para vaciarla; escriba L, M, O o Q para indicar por qué una celda está vacía; Mayús+Intro abre la nota de la celda; pegue un bloque copiado de una hoja de cálculo en la celda activa.',
  notANumber: '«{{text}}» no es un número: escriba un número, o L, M, O o Q para una celda vacía.',
  pasted_one: '{{count}} celda pegada.',
  pasted_other: '{{count}} celdas pegadas.',
  pasteUnread_one: '{{count}} texto pegado no era un número y se omitió.',
  pasteUnread_other: '{{count}} textos pegados no eran números y se omitieron.',
  sumOfParts: 'Las partes suman {{sum}}.',
  noteSaid: 'Nota: {{note}}',
  emptyCell: 'vacía',
  statusLabel: 'Por qué la celda está vacía',
  noteLabel: 'Nota (nota al pie; justifica una advertencia en esta celda)',
  noteHint: 'Escape vuelve a la grilla.',
  status: {
    none: '— sin estado —',
    value: '— la celda tiene un valor —',
    L: 'existe pero no se recopiló',
    M: 'no aplica',
    O: 'faltante',
    Q: 'confidencial',
  },
  issues: {
    title: 'Observaciones',
    errors_one: '{{count}} error',
    errors_other: '{{count}} errores',
    warnings_one: '{{count}} advertencia',
    warnings_other: '{{count}} advertencias',
    none: 'Sin observaciones: el borrador cumple todas las reglas.',
    justifiedByNote: 'Justificada por la nota de la celda.',
    severity: { error: 'Error', warning: 'Advertencia', info: 'Nota' },
  },
  save: {
    saved: 'Todos los cambios guardados',
    saving: 'Guardando…',
    offline_one:
      'Sin conexión: {{count}} cambio guardado en este equipo, se enviará cuando el servidor responda',
    offline_other:
      'Sin conexión: {{count}} cambios guardados en este equipo, se enviarán cuando el servidor responda',
    refused: 'No guardado: {{message}}',
    unsent_one: '{{count}} sin enviar',
    unsent_other: '{{count}} sin enviar',
  },
  submit: {
    button: 'Enviar a revisión',
    unsent:
      'Algunos cambios aún no se pudieron guardar: espere a que el servidor responda y vuelva a enviar.',
    failed: 'No se pudo enviar el borrador.',
  },
  addRow: 'Buscar o agregar una fila ({{dimension}})',
  rowShown: 'visible',
  addRowPlaceholder: 'Buscar por nombre o código',
  rowAdded: '{{row}} agregado.',
  addYear: 'Agregar {{year}}',
  yearAdded: 'Año {{year}} agregado.',
};
