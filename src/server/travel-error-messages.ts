// The messages of the error codes of data that travels (issue 20: bulk files, feeds, embeds,
// JSON-stat, reference metadata), in the four languages; errors.ts spreads them in.
import type { Labels } from '../framework/types.js';

export const TRAVEL_ERROR_MESSAGES = {
  BULK_FILE_NOT_FOUND: {
    en: 'No bulk file "{name}" (yet): bulk files are generated after each publication of their table.',
    es: 'No hay (todavía) ningún archivo masivo «{name}»: se generan después de cada publicación de su tabla.',
    fr: 'Aucun fichier en bloc « {name} » (pour l’instant) : ils sont produits après chaque diffusion de leur tableau.',
    pt: 'Não há (ainda) arquivo em massa "{name}": eles são gerados após cada publicação da sua tabela.',
  },
  METADATA_NOT_FOUND: {
    en: 'No published reference metadata for table {table} of {country}.',
    es: 'No hay metadatos de referencia publicados para la tabla {table} de {country}.',
    fr: 'Aucune métadonnée de référence diffusée pour le tableau {table} de {country}.',
    pt: 'Não há metadados de referência publicados para a tabela {table} de {country}.',
  },
  INVALID_METADATA: {
    en: 'The reference metadata are not valid: {detail}',
    es: 'Los metadatos de referencia no son válidos: {detail}',
    fr: 'Les métadonnées de référence ne sont pas valides : {detail}',
    pt: 'Os metadados de referência não são válidos: {detail}',
  },
  EMBED_VIEW_NOT_FOUND: {
    en: 'No embeddable view "{view}": give explore or indicator.',
    es: 'No hay ninguna vista insertable «{view}»: indique explore o indicator.',
    fr: 'Aucune vue intégrable « {view} » : indiquez explore ou indicator.',
    pt: 'Não há vista incorporável "{view}": indique explore ou indicator.',
  },
} satisfies Record<string, Labels>;
