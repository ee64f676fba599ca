// Read-only views of the framework that the web application's methodology, map and indicator
// pages need: validation rules, member states (with the M49 codes the world atlas uses),
// regional groupings and indicator definitions. Framework data only — no store, no figures.
import type { FastifyInstance } from 'fastify';
import {
  FRAMEWORK,
  FRAMEWORK_VERSION,
  findMembership,
  findPhase,
  getCountry,
  INDICATORS,
  label,
  listGroupingsOf,
  RULES,
} from '../../framework/index.js';
import { requestLanguage } from '../request-language.js';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function registerFrameworkReferenceRoutes(app: FastifyInstance): void {
  app.get('/api/framework/rules', async (request) => {
    const lang = requestLanguage(request);
    return {
      version: FRAMEWORK_VERSION,
      lang,
      rules: RULES.map((rule) => ({
        code: rule.code,
        severity: rule.severity,
        section: rule.section,
        description: label(rule.descriptions, lang),
        message: label(rule.messages, lang),
        needsJustification: Boolean(rule.needsJustification),
        params: rule.params ?? {},
      })),
    };
  });

  app.get('/api/framework/members', async (request) => {
    const lang = requestLanguage(request);
    const date = today();
    return {
      version: FRAMEWORK_VERSION,
      lang,
      date,
      members: FRAMEWORK.memberStates.map((iso3) => {
        const country = getCountry(iso3);
        return {
          iso3,
          iso2: country?.iso2 ?? '',
          m49: country?.m49 ?? '',
          name: country ? label(country.names, lang) : iso3,
          phase: findPhase(iso3, date) ?? null,
          membership: findMembership(iso3, date)?.status ?? null,
          groupings: listGroupingsOf(iso3).map((g) => g.id),
        };
      }),
    };
  });

  app.get('/api/framework/groupings', async (request) => {
    const lang = requestLanguage(request);
    return {
      version: FRAMEWORK_VERSION,
      lang,
      groupings: FRAMEWORK.groupings.map((g) => ({
        id: g.id,
        name: label(g.names, lang),
        members: g.members,
      })),
    };
  });

  app.get('/api/framework/indicators', async (request) => {
    const lang = requestLanguage(request);
    return {
      version: FRAMEWORK_VERSION,
      lang,
      indicators: INDICATORS.map((indicator) => ({
        id: indicator.id,
        name: label(indicator.names, lang),
        formula: label(indicator.formula, lang),
        unit: indicator.unit,
        inputs: indicator.inputs,
        notes: indicator.notes ? label(indicator.notes, lang) : null,
      })),
    };
  });
}
