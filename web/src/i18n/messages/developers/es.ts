import type { developersEn } from './en';

export const developersEs: typeof developersEn = {
  footerLink: 'Para desarrolladores (R, Python, Excel)',
  title: 'Desarrolladores: el SICREMI en sus herramientas',
  intro:
    'Todas las cifras publicadas están disponibles mediante el estándar SDMX: las mismas consultas funcionan desde R, Python, Excel o la línea de comandos. Los ejemplos apuntan a este servidor; cópielos tal cual.',
  apis: 'SDMX REST 2.0.0 en {{v2}} (SDMX-JSON 2.0, SDMX-CSV 2.0, SDMX-ML 2.1) y SDMX REST 1.5 en {{v1}} (SDMX-JSON 1.0, SDMX-CSV 1.0, SDMX-ML 2.1).',
  copy: 'Copiar',
  copied: 'Copiado',
  r: {
    title: 'R (rsdmx)',
    hint: 'Registra el SICREMI como proveedor SDMX y lee los datos con el nombre de cada código.',
  },
  python: {
    title: 'Python (sdmx1 / pandasdmx)',
    hint: 'El paquete sdmx1 lee datos y estructuras en pandas.',
  },
  pandas: {
    title: 'Python, solo pandas (SDMX-CSV)',
    hint: 'No hace falta ninguna biblioteca SDMX: SDMX-CSV es un archivo CSV común.',
  },
  powerQuery: {
    title: 'Excel (Power Query)',
    hint: 'Péguelo en el Editor avanzado de una consulta en blanco; actualice para obtener las últimas cifras.',
  },
  curl: {
    title: 'Línea de comandos (curl)',
    hint: 'Estructuras, datos en cada formato, disponibilidad e historial de las cifras revisadas.',
  },
  more: 'Las celdas confidenciales nunca se publican: una celda suprimida no tiene valor y lleva el estado Q. La lista completa de rutas está en la documentación de la API.',
  apiDocs: 'Documentación de la API',
};
