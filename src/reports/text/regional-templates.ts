// Sentences of the regional overview, one template per language with {slots} (see
// narrative-templates.ts for the conventions).
import { labels } from '../../framework/labels.js';
import type { Labels } from '../../framework/types.js';

export const REGIONAL = {
  stock: labels(
    'In {year}, the {n} member states covered counted {count} people born abroad, {share} of their population.',
    'En {year}, los {n} Estados miembros cubiertos contaban con {count} personas nacidas en el extranjero, el {share} de su población.',
    'En {year}, les {n} États membres couverts comptaient {count} personnes nées à l’étranger, soit {share} de leur population.',
    'Em {year}, os {n} Estados membros cobertos somavam {count} pessoas nascidas no exterior, {share} de sua população.',
  ),
  stockUp: labels(
    'In the {n} member states with comparable figures for both years, the foreign-born population grew by {pct} between {previous} and {year}.',
    'En los {n} Estados miembros con cifras comparables para ambos años, la población nacida en el extranjero aumentó un {pct} entre {previous} y {year}.',
    'Dans les {n} États membres disposant de chiffres comparables pour les deux années, la population née à l’étranger a augmenté de {pct} entre {previous} et {year}.',
    'Nos {n} Estados membros com números comparáveis para os dois anos, a população nascida no exterior aumentou {pct} entre {previous} e {year}.',
  ),
  stockDown: labels(
    'In the {n} member states with comparable figures for both years, the foreign-born population fell by {pct} between {previous} and {year}.',
    'En los {n} Estados miembros con cifras comparables para ambos años, la población nacida en el extranjero disminuyó un {pct} entre {previous} y {year}.',
    'Dans les {n} États membres disposant de chiffres comparables pour les deux années, la population née à l’étranger a diminué de {pct} entre {previous} et {year}.',
    'Nos {n} Estados membros com números comparáveis para os dois anos, a população nascida no exterior diminuiu {pct} entre {previous} e {year}.',
  ),
  stockChangeFlagged: labels(
    'In the {n} member states with comparable figures for both years (same source and edition, no break), the change between {previous} and {year} is {change}; it rests on figures flagged as estimated, partial, provisional or differently defined, so no direction is asserted.',
    'En los {n} Estados miembros con cifras comparables para ambos años (misma fuente y edición, sin ruptura), la variación entre {previous} y {year} es de {change}; se basa en cifras marcadas como estimadas, parciales, provisionales o de otra definición, por lo que no se afirma su sentido.',
    'Dans les {n} États membres disposant de chiffres comparables pour les deux années (même source et édition, sans rupture), la variation entre {previous} et {year} est de {change} ; elle repose sur des chiffres signalés comme estimés, partiels, provisoires ou de définition différente : son sens n’est pas affirmé.',
    'Nos {n} Estados membros com números comparáveis para os dois anos (mesma fonte e edição, sem quebra), a variação entre {previous} e {year} é de {change}; baseia-se em números assinalados como estimados, parciais, provisórios ou de outra definição, por isso o seu sentido não é afirmado.',
  ),
  largest: labels(
    'Largest foreign-born populations: {list}.',
    'Mayores poblaciones nacidas en el extranjero: {list}.',
    'Populations nées à l’étranger les plus nombreuses : {list}.',
    'Maiores populações nascidas no exterior: {list}.',
  ),
  highestShares: labels(
    'Highest shares of the population born abroad: {list}.',
    'Mayores proporciones de población nacida en el extranjero: {list}.',
    'Parts les plus élevées de population née à l’étranger : {list}.',
    'Maiores proporções de população nascida no exterior: {list}.',
  ),
  corridors: labels(
    'Main corridors in {year} (country of birth → country of residence): {list}.',
    'Principales corredores en {year} (país de nacimiento → país de residencia): {list}.',
    'Principaux corridors en {year} (pays de naissance → pays de résidence) : {list}.',
    'Principais corredores em {year} (país de nascimento → país de residência): {list}.',
  ),
  inflowsOne: labels(
    '{n} member state has published permanent-type inflows: {list}.',
    '{n} Estado miembro ha publicado entradas de tipo permanente: {list}.',
    '{n} État membre a publié des entrées à caractère permanent : {list}.',
    '{n} Estado membro publicou entradas de tipo permanente: {list}.',
  ),
  inflowsOther: labels(
    '{n} member states have published permanent-type inflows: {list}.',
    '{n} Estados miembros han publicado entradas de tipo permanente: {list}.',
    '{n} États membres ont publié des entrées à caractère permanent : {list}.',
    '{n} Estados membros publicaram entradas de tipo permanente: {list}.',
  ),
  asylum: labels(
    'In {year}, {count} new asylum applications were lodged in the {n} member states reporting them; most of them in: {list}.',
    'En {year}, se presentaron {count} nuevas solicitudes de asilo en los {n} Estados miembros que las informan; la mayoría en: {list}.',
    'En {year}, {count} nouvelles demandes d’asile ont été déposées dans les {n} États membres qui les déclarent ; la plupart dans : {list}.',
    'Em {year}, foram apresentados {count} novos pedidos de asilo nos {n} Estados membros que os informam; a maioria em: {list}.',
  ),
  labourNone: labels(
    'No member state has yet published labour-market figures by place of birth under this pin.',
    'Ningún Estado miembro ha publicado todavía cifras del mercado laboral por lugar de nacimiento en esta fijación.',
    'Aucun État membre n’a encore publié de chiffres du marché du travail par lieu de naissance pour cette référence.',
    'Nenhum Estado membro publicou ainda números do mercado de trabalho por local de nascimento nesta fixação.',
  ),
  labourSome: labels(
    'Labour-market figures by place of birth are published for: {list}.',
    'Hay cifras del mercado laboral por lugar de nacimiento para: {list}.',
    'Des chiffres du marché du travail par lieu de naissance sont publiés pour : {list}.',
    'Há números do mercado de trabalho por local de nascimento para: {list}.',
  ),
  coverage: labels(
    'On {date}, {n} member states take part in SICREMI: {n1} in Phase I, {n2} in Phase II and {n3} in Phase III; {m} of them have published figures.',
    'Al {date}, {n} Estados miembros participan en el SICREMI: {n1} en la fase I, {n2} en la fase II y {n3} en la fase III; {m} de ellos han publicado cifras.',
    'Au {date}, {n} États membres participent au SICREMI : {n1} en phase I, {n2} en phase II et {n3} en phase III ; {m} d’entre eux ont publié des chiffres.',
    'Em {date}, {n} Estados membros participam do SICREMI: {n1} na fase I, {n2} na fase II e {n3} na fase III; {m} deles publicaram números.',
  ),
  notCovered: labels(
    'Not covered, as they took no part in OAS activities on that date: {list}.',
    'No se incluyen, por no participar en las actividades de la OEA en esa fecha: {list}.',
    'Non couverts, car ils ne participaient pas aux activités de l’OEA à cette date : {list}.',
    'Não incluídos, por não participarem das atividades da OEA nessa data: {list}.',
  ),
} satisfies Record<string, Labels>;
