import type { entryEn } from './en';

export const entryPt: typeof entryEn = {
  title: 'Entrada de dados',
  openGrid: 'Digitar na grade',
  intro:
    'Digite os números como na sua tabela impressa; cada alteração é salva na hora e verificada pelas mesmas regras que um arquivo.',
  readOnly: 'Você está consultando esta grade: somente os correspondentes do país digitam nela.',
  draftSince: 'Rascunho salvo pela última vez em {{date}}.',
  keysHelp:
    'As setas, Tab e Page Up/Page Down movem; digite para substituir uma célula, Enter ou F2 para editá-la, Esc para cancelar, Delete para esvaziá-la; digite L, M, O ou Q para dizer por que uma célula está vazia; Shift+Enter abre a nota da célula; cole na célula ativa um bloco copiado de uma planilha.',
  notANumber: '“{{text}}” não é um número: digite um número, ou L, M, O ou Q para uma célula vazia.',
  pasted_one: '{{count}} célula colada.',
  pasted_other: '{{count}} células coladas.',
  pasteUnread_one: '{{count}} texto colado não era um número e foi omitido.',
  pasteUnread_other: '{{count}} textos colados não eram números e foram omitidos.',
  sumOfParts: 'As partes somam {{sum}}.',
  noteSaid: 'Nota: {{note}}',
  emptyCell: 'vazia',
  statusLabel: 'Por que a célula está vazia',
  noteLabel: 'Nota (nota de rodapé; justifica um alerta nesta célula)',
  noteHint: 'Esc volta para a grade.',
  status: {
    none: '— sem estado —',
    value: '— a célula tem um valor —',
    L: 'existe, mas não foi coletado',
    M: 'não se aplica',
    O: 'ausente',
    Q: 'confidencial',
  },
  issues: {
    title: 'Problemas',
    errors_one: '{{count}} erro',
    errors_other: '{{count}} erros',
    warnings_one: '{{count}} alerta',
    warnings_other: '{{count}} alertas',
    none: 'Nenhum problema: o rascunho segue todas as regras.',
    justifiedByNote: 'Justificado pela nota da célula.',
    severity: { error: 'Erro', warning: 'Alerta', info: 'Nota' },
  },
  save: {
    saved: 'Todas as alterações salvas',
    saving: 'Salvando…',
    offline_one:
      'Sem conexão: {{count}} alteração guardada neste computador, enviada quando o servidor responder',
    offline_other:
      'Sem conexão: {{count}} alterações guardadas neste computador, enviadas quando o servidor responder',
    refused: 'Não salvo: {{message}}',
    unsent_one: '{{count}} não enviada',
    unsent_other: '{{count}} não enviadas',
  },
  submit: {
    button: 'Enviar para revisão',
    unsent:
      'Algumas alterações ainda não puderam ser salvas: aguarde a resposta do servidor e envie novamente.',
    failed: 'Não foi possível enviar o rascunho.',
  },
  addRow: 'Encontrar ou adicionar uma linha ({{dimension}})',
  rowShown: 'visível',
  addRowPlaceholder: 'Buscar por nome ou código',
  rowAdded: '{{row}} adicionado.',
  addYear: 'Adicionar {{year}}',
  yearAdded: 'Ano {{year}} adicionado.',
};
