import type { developersEn } from './en';

export const developersPt: typeof developersEn = {
  footerLink: 'Para desenvolvedores (R, Python, Excel)',
  title: 'Desenvolvedores: o SICREMI nas suas ferramentas',
  intro:
    'Todos os números publicados estão disponíveis pelo padrão SDMX: as mesmas consultas funcionam no R, Python, Excel ou na linha de comando. Os exemplos apontam para este servidor; copie-os como estão.',
  apis: 'SDMX REST 2.0.0 em {{v2}} (SDMX-JSON 2.0, SDMX-CSV 2.0, SDMX-ML 2.1) e SDMX REST 1.5 em {{v1}} (SDMX-JSON 1.0, SDMX-CSV 1.0, SDMX-ML 2.1).',
  copy: 'Copiar',
  copied: 'Copiado',
  r: {
    title: 'R (rsdmx)',
    hint: 'Registra o SICREMI como provedor SDMX e lê os dados com o nome de cada código.',
  },
  python: { title: 'Python (sdmx1 / pandasdmx)', hint: 'O pacote sdmx1 lê dados e estruturas no pandas.' },
  pandas: {
    title: 'Python, só pandas (SDMX-CSV)',
    hint: 'Nenhuma biblioteca SDMX é necessária: SDMX-CSV é um arquivo CSV comum.',
  },
  powerQuery: {
    title: 'Excel (Power Query)',
    hint: 'Cole no Editor Avançado de uma consulta em branco; atualize para obter os números mais recentes.',
  },
  curl: {
    title: 'Linha de comando (curl)',
    hint: 'Estruturas, dados em cada formato, disponibilidade e histórico dos números revisados.',
  },
  more: 'Células confidenciais nunca são publicadas: uma célula suprimida não tem valor e leva o status Q. A lista completa de rotas está na documentação da API.',
  apiDocs: 'Documentação da API',
};
