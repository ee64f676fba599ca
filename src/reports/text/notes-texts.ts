// Fixed texts of the notes: the pin and citation, methodology and comparability notes.
import { labels } from '../../framework/labels.js';
import type { Labels } from '../../framework/types.js';

export const NOTES = {
  pinAsOf: labels(
    'Figures as published on {date} (UTC), from releases {releases}.',
    'Cifras tal como estaban publicadas el {date} (UTC), de las publicaciones {releases}.',
    'Chiffres tels que publiés le {date} (UTC), issus des publications {releases}.',
    'Números tal como publicados em {date} (UTC), das publicações {releases}.',
  ),
  pinReleases: labels(
    'Figures of the named releases {releases} only (the newest published on {date}, UTC).',
    'Cifras exclusivamente de las publicaciones {releases} (la más reciente publicada el {date}, UTC).',
    'Chiffres des seules publications {releases} (la plus récente publiée le {date}, UTC).',
    'Números apenas das publicações {releases} (a mais recente publicada em {date}, UTC).',
  ),
  reproduce: labels(
    'The same figures can be regenerated at any time with: {command}',
    'Las mismas cifras pueden regenerarse en cualquier momento con: {command}',
    'Les mêmes chiffres peuvent être régénérés à tout moment avec : {command}',
    'Os mesmos números podem ser gerados novamente a qualquer momento com: {command}',
  ),
  citation: labels(
    '{publisher} ({year}), {title}: {subtitle}. {series}. Data as of {date}, releases {releases}.',
    '{publisher} ({year}), {title}: {subtitle}. {series}. Datos al {date}, publicaciones {releases}.',
    '{publisher} ({year}), {title} : {subtitle}. {series}. Données au {date}, publications {releases}.',
    '{publisher} ({year}), {title}: {subtitle}. {series}. Dados de {date}, publicações {releases}.',
  ),
  sourceLine: labels(
    '{publisher}, {edition} ({table}). Licence: {licence}. Release {release}.',
    '{publisher}, {edition} ({table}). Licencia: {licence}. Publicación {release}.',
    '{publisher}, {edition} ({table}). Licence : {licence}. Publication {release}.',
    '{publisher}, {edition} ({table}). Licença: {licence}. Publicação {release}.',
  ),
  sourceNotesIntro: labels(
    'Notes of the data providers (in English, as published with the figures):',
    'Notas de los proveedores de datos (en inglés, tal como se publicaron con las cifras):',
    'Notes des fournisseurs de données (en anglais, telles que publiées avec les chiffres) :',
    'Notas dos provedores de dados (em inglês, tal como publicadas com os números):',
  ),
  disclosure: labels(
    'All figures pass through SICREMI’s disclosure control, as every public output does: confidential cells are suppressed (shown as c), and so is the next smallest cell of any group whose total would let them be recovered by subtraction; survey cells with a coefficient of variation above 33.3% or fewer than 10 cases are suppressed too.',
    'Todas las cifras pasan por el control de divulgación del SICREMI, como toda salida pública: se suprimen las celdas confidenciales (indicadas con c) y también la siguiente celda más pequeña de todo grupo cuyo total permitiría recuperarlas por diferencia; se suprimen asimismo las celdas de encuestas con un coeficiente de variación superior al 33,3 % o con menos de 10 casos.',
    'Tous les chiffres passent par le contrôle de la divulgation du SICREMI, comme toute diffusion publique : les cellules confidentielles sont supprimées (signalées par c), ainsi que la plus petite cellule suivante de tout groupe dont le total permettrait de les retrouver par différence ; les cellules d’enquête dont le coefficient de variation dépasse 33,3 % ou comptant moins de 10 observations sont également supprimées.',
    'Todos os números passam pelo controle de divulgação do SICREMI, como toda saída pública: as células confidenciais são suprimidas (indicadas com c), assim como a próxima menor célula de todo grupo cujo total permitiria recuperá-las por diferença; as células de pesquisas com coeficiente de variação acima de 33,3% ou com menos de 10 casos também são suprimidas.',
  ),
  derived: labels(
    'Rates, shares and changes are computed from the published figures with the formulas of the SICREMI framework (see below); they are not computed when an input is missing or suppressed, and they carry the flags of their inputs.',
    'Las tasas, proporciones y variaciones se calculan a partir de las cifras publicadas con las fórmulas del marco del SICREMI (véase abajo); no se calculan cuando falta o se suprimió un dato de entrada, y llevan los indicadores de estado de sus datos de entrada.',
    'Les taux, parts et variations sont calculés à partir des chiffres publiés selon les formules du cadre du SICREMI (voir ci-dessous) ; ils ne sont pas calculés lorsqu’une donnée d’entrée manque ou est supprimée, et portent les signes de leurs données d’entrée.',
    'As taxas, proporções e variações são calculadas a partir dos números publicados com as fórmulas do quadro do SICREMI (ver abaixo); não são calculadas quando falta ou foi suprimido um dado de entrada, e levam os sinais de seus dados de entrada.',
  ),
  legend: labels(
    'Signs: .. not available; c confidential (suppressed); letters after a figure are its flags: {flags}.',
    'Signos: .. no disponible; c confidencial (suprimido); las letras tras una cifra son sus indicadores de estado: {flags}.',
    'Signes : .. non disponible ; c confidentiel (supprimé) ; les lettres après un chiffre sont ses signes : {flags}.',
    'Sinais: .. não disponível; c confidencial (suprimido); as letras após um número são seus sinais: {flags}.',
  ),
  MIG_STOCK_FB: labels(
    'Foreign-born stocks are counted at a reference date (mid-year for estimates of UN DESA); where a country counts foreign citizens instead, the figure is flagged d (definition differs).',
    'La población nacida en el extranjero se cuenta a una fecha de referencia (mitad de año en las estimaciones de UN DESA); cuando un país cuenta a los ciudadanos extranjeros, la cifra lleva la marca d (definición diferente).',
    'La population née à l’étranger est comptée à une date de référence (milieu d’année pour les estimations de l’UN DESA) ; lorsqu’un pays compte les ressortissants étrangers, le chiffre porte le signe d (définition différente).',
    'A população nascida no exterior é contada em uma data de referência (meio do ano nas estimativas do UN DESA); quando um país conta os cidadãos estrangeiros, o número leva o sinal d (definição diferente).',
  ),
  MIG_INFLOW_PERM: labels(
    'Permanent-type inflows follow national definitions of permits and registrations; they are not fully harmonised across countries.',
    'Las entradas de tipo permanente siguen las definiciones nacionales de permisos y registros; no están plenamente armonizadas entre países.',
    'Les entrées à caractère permanent suivent les définitions nationales des titres et des enregistrements ; elles ne sont pas entièrement harmonisées entre pays.',
    'As entradas de tipo permanente seguem as definições nacionais de autorizações e registros; não estão plenamente harmonizadas entre países.',
  ),
  MIG_ASYLUM: labels(
    'Asylum applications count persons lodging a new application; repeat applications and appeals are not included, and some countries report cases rather than persons.',
    'Las solicitudes de asilo cuentan a las personas que presentan una nueva solicitud; no incluyen solicitudes repetidas ni apelaciones, y algunos países informan casos en lugar de personas.',
    'Les demandes d’asile comptent les personnes déposant une nouvelle demande ; les demandes répétées et les recours ne sont pas inclus, et certains pays déclarent des dossiers plutôt que des personnes.',
    'Os pedidos de asilo contam as pessoas que apresentam um novo pedido; não incluem pedidos repetidos nem recursos, e alguns países informam casos em vez de pessoas.',
  ),
  LAB_STATUS: labels(
    'Labour-market rates come from household surveys and are subject to sampling error; they refer to ages 15–64, the sum of the reported ten-year age groups.',
    'Las tasas del mercado laboral provienen de encuestas de hogares y están sujetas a error de muestreo; se refieren a las edades de 15 a 64 años, suma de los grupos decenales informados.',
    'Les taux du marché du travail proviennent d’enquêtes auprès des ménages et sont sujets à l’erreur d’échantillonnage ; ils portent sur les 15-64 ans, somme des groupes d’âge décennaux déclarés.',
    'As taxas do mercado de trabalho provêm de pesquisas domiciliares e estão sujeitas a erro amostral; referem-se às idades de 15 a 64 anos, soma dos grupos decenais informados.',
  ),
} satisfies Record<string, Labels>;
