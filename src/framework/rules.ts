// The validation rules of FRAMEWORK §6 as data: a stable code, a severity and a message in
// four languages whose {slots} are filled from the params. Structure problems are
// errors; a total off by no more than 0.5 % (or the declared rounding) is only a warning; an
// outlier (|modified z| > 3.5 over the series, or a jump from the last published value) must
// be justified; mirror comparisons only inform the reviewer.
import { labels } from './labels.js';
import type { Labels, RuleDef } from './types.js';

function rule(
  code: string,
  severity: RuleDef['severity'],
  section: string,
  messages: Labels,
  descriptions: Labels,
  extra: Pick<RuleDef, 'needsJustification' | 'params' | 'variants' | 'groupMessages'> = {},
): RuleDef {
  return { code, severity, section, messages, descriptions, ...extra };
}

export const RULES: readonly RuleDef[] = [
  rule(
    'UNREADABLE_FILE',
    'error',
    '5b',
    labels(
      'We could not read the file {file}. Please check that it is a CSV, XLSX or SDMX-CSV file that is neither damaged nor password-protected, and upload it again.',
      'No pudimos leer el archivo {file}. Compruebe que sea un archivo CSV, XLSX o SDMX-CSV que no esté dañado ni protegido con contraseña y vuelva a cargarlo.',
      "Nous n'avons pas pu lire le fichier {file}. Veuillez vérifier qu'il s'agit d'un fichier CSV, XLSX ou SDMX-CSV ni endommagé ni protégé par un mot de passe, puis le téléverser à nouveau.",
      'Não foi possível ler o arquivo {file}. Verifique se é um arquivo CSV, XLSX ou SDMX-CSV que não esteja danificado nem protegido por senha e envie-o novamente.',
    ),
    labels(
      'The file can be read in one of the accepted formats.',
      'El archivo puede leerse en uno de los formatos aceptados.',
      "Le fichier peut être lu dans l'un des formats acceptés.",
      'O arquivo pode ser lido em um dos formatos aceitos.',
    ),
  ),
  rule(
    'FILE_TOO_LARGE',
    'error',
    '5b',
    labels(
      'The file holds {size} MB of data, above the limit of {limit} MB. Please split it into several files and upload them one by one.',
      'El archivo contiene {size} MB de datos y supera el límite de {limit} MB. Divídalo en varios archivos y cárguelos uno por uno.',
      'Le fichier contient {size} Mo de données, au-delà de la limite de {limit} Mo. Veuillez le diviser en plusieurs fichiers et les téléverser un par un.',
      'O arquivo contém {size} MB de dados, acima do limite de {limit} MB. Divida-o em vários arquivos e envie-os um por um.',
    ),
    labels(
      'A file does not exceed the size limit.',
      'Un archivo no supera el tamaño máximo.',
      'Un fichier ne dépasse pas la taille maximale.',
      'Um arquivo não excede o tamanho máximo.',
    ),
    // A spreadsheet is measured by what it inflates to: a small zip can hold gigabytes (zip bomb).
    { params: { maxMegabytes: 50, maxUncompressedMegabytes: 500 } },
  ),
  rule(
    'TOO_MANY_ROWS',
    'error',
    '5b',
    labels(
      'The file has more than {limit} rows, the most one upload may hold. Please split it into several files and upload them one by one.',
      'El archivo tiene más de {limit} filas, el máximo que admite una carga. Divídalo en varios archivos y cárguelos uno por uno.',
      'Le fichier compte plus de {limit} lignes, le maximum admis par un téléversement. Veuillez le diviser en plusieurs fichiers et les téléverser un par un.',
      'O arquivo tem mais de {limit} linhas, o máximo que um envio admite. Divida-o em vários arquivos e envie-os um por um.',
    ),
    labels(
      'A file does not exceed the row limit.',
      'Un archivo no supera el número máximo de filas.',
      'Un fichier ne dépasse pas le nombre maximal de lignes.',
      'Um arquivo não excede o número máximo de linhas.',
    ),
    { params: { maxRows: 2000000 } },
  ),
  rule(
    'IGNORED_COLUMN',
    'info',
    '5b',
    labels(
      'Column {column} is not a column of table {table} and was ignored. If it holds data for this table, rename it with the name of a dimension, OBS_VALUE, OBS_STATUS or OBS_NOTE.',
      'La columna {column} no pertenece al cuadro {table} y se ignoró. Si contiene datos de este cuadro, cámbiele el nombre por el de una dimensión, OBS_VALUE, OBS_STATUS u OBS_NOTE.',
      'La colonne {column} n’appartient pas au tableau {table} et a été ignorée. Si elle contient des données de ce tableau, renommez-la avec le nom d’une dimension, OBS_VALUE, OBS_STATUS ou OBS_NOTE.',
      'A coluna {column} não pertence à tabela {table} e foi ignorada. Se contiver dados desta tabela, renomeie-a com o nome de uma dimensão, OBS_VALUE, OBS_STATUS ou OBS_NOTE.',
    ),
    labels(
      'Columns that are not part of the table are reported, not silently read.',
      'Las columnas que no pertenecen al cuadro se señalan, no se leen en silencio.',
      'Les colonnes étrangères au tableau sont signalées, non lues en silence.',
      'As colunas que não pertencem à tabela são sinalizadas, não lidas em silêncio.',
    ),
  ),
  rule(
    'MISSING_COLUMN',
    'error',
    '6.1',
    labels(
      'The file has no column for {column}, which table {table} requires. Please add it, or tell us which column holds it.',
      'El archivo no tiene una columna para {column}, que el cuadro {table} requiere. Agréguela o indíquenos qué columna la contiene.',
      "Le fichier ne comporte pas de colonne pour {column}, requise par le tableau {table}. Veuillez l'ajouter ou nous indiquer quelle colonne la contient.",
      'O arquivo não tem uma coluna para {column}, exigida pela tabela {table}. Acrescente-a ou indique-nos qual coluna a contém.',
    ),
    labels(
      'Every dimension of the table and the value have a column.',
      'Cada dimensión del cuadro y el valor tienen una columna.',
      'Chaque dimension du tableau et la valeur ont une colonne.',
      'Cada dimensão da tabela e o valor têm uma coluna.',
    ),
  ),
  rule(
    'UNKNOWN_CODE',
    'error',
    '6.1',
    labels(
      'Row {row}, column {column}: “{value}” is not a recognised code. Closest matches: {suggestions}. Please choose the right one; the mapping will be remembered.',
      'Fila {row}, columna {column}: «{value}» no es un código reconocido. Coincidencias más cercanas: {suggestions}. Elija la correcta; la correspondencia quedará guardada.',
      'Ligne {row}, colonne {column} : « {value} » n’est pas un code reconnu. Correspondances les plus proches : {suggestions}. Veuillez choisir la bonne ; la correspondance sera conservée.',
      'Linha {row}, coluna {column}: “{value}” não é um código reconhecido. Correspondências mais próximas: {suggestions}. Escolha a correta; a correspondência ficará salva.',
    ),
    labels(
      'Every code is valid or mapped to a valid code.',
      'Todo código es válido o está asociado a un código válido.',
      'Tout code est valide ou rattaché à un code valide.',
      'Todo código é válido ou está associado a um código válido.',
    ),
  ),
  rule(
    'MISSING_CODE',
    'error',
    '6.1',
    labels(
      'Row {row}, column {column}: the cell is empty. Every row needs a code in this column; write _T for a total or _U for unknown.',
      'Fila {row}, columna {column}: la celda está vacía. Cada fila necesita un código en esta columna; escriba _T para un total o _U si se desconoce.',
      'Ligne {row}, colonne {column} : la cellule est vide. Chaque ligne doit porter un code dans cette colonne ; écrivez _T pour un total ou _U si inconnu.',
      'Linha {row}, coluna {column}: a célula está vazia. Cada linha precisa de um código nesta coluna; escreva _T para um total ou _U se desconhecido.',
    ),
    labels(
      'Every row has a code for every dimension.',
      'Cada fila tiene un código para cada dimensión.',
      'Chaque ligne a un code pour chaque dimension.',
      'Cada linha tem um código para cada dimensão.',
    ),
  ),
  rule(
    'WRONG_COUNTRY',
    'error',
    '6.1',
    labels(
      'Row {row}: the reporting country is {value}, but this submission is for {country}. Please send each country’s figures in its own submission.',
      'Fila {row}: el país informante es {value}, pero esta entrega corresponde a {country}. Envíe las cifras de cada país en su propia entrega.',
      'Ligne {row} : le pays déclarant est {value}, mais cette transmission concerne {country}. Veuillez envoyer les chiffres de chaque pays dans sa propre transmission.',
      'Linha {row}: o país informante é {value}, mas este envio corresponde a {country}. Envie os números de cada país no seu próprio envio.',
    ),
    labels(
      'A submission holds the figures of one reporting country.',
      'Una entrega contiene las cifras de un solo país informante.',
      'Une transmission contient les chiffres d’un seul pays déclarant.',
      'Um envio contém os números de um único país informante.',
    ),
  ),
  rule(
    'BAD_PERIOD',
    'error',
    '6.1',
    labels(
      'Row {row}: “{value}” is not a year. Please write the year with four digits, for example 2024.',
      'Fila {row}: «{value}» no es un año. Escriba el año con cuatro cifras, por ejemplo 2024.',
      'Ligne {row} : « {value} » n’est pas une année. Veuillez écrire l’année en quatre chiffres, par exemple 2024.',
      'Linha {row}: “{value}” não é um ano. Escreva o ano com quatro algarismos, por exemplo 2024.',
    ),
    labels(
      'The period is a year written YYYY.',
      'El período es un año escrito AAAA.',
      'La période est une année écrite AAAA.',
      'O período é um ano escrito AAAA.',
    ),
  ),
  rule(
    'BAD_NUMBER',
    'error',
    '6.1',
    labels(
      'Row {row}, column {column}: “{value}” is not a number. Leave the cell empty and give a status if there is no value.',
      'Fila {row}, columna {column}: «{value}» no es un número. Si no hay valor, deje la celda vacía e indique un estado.',
      'Ligne {row}, colonne {column} : « {value} » n’est pas un nombre. S’il n’y a pas de valeur, laissez la cellule vide et indiquez un statut.',
      'Linha {row}, coluna {column}: “{value}” não é um número. Se não houver valor, deixe a célula vazia e indique um estado.',
    ),
    labels(
      'A value is a number or empty.',
      'Un valor es un número o está vacío.',
      'Une valeur est un nombre ou vide.',
      'Um valor é um número ou está vazio.',
    ),
  ),
  rule(
    'NEGATIVE_VALUE',
    'error',
    '6.1',
    labels(
      'Row {row}: the value {value} is negative. Counts of persons and amounts sent or received cannot be below zero.',
      'Fila {row}: el valor {value} es negativo. Los recuentos de personas y los montos enviados o recibidos no pueden ser menores que cero.',
      'Ligne {row} : la valeur {value} est négative. Les effectifs de personnes et les montants envoyés ou reçus ne peuvent pas être inférieurs à zéro.',
      'Linha {row}: o valor {value} é negativo. Contagens de pessoas e valores enviados ou recebidos não podem ser menores que zero.',
    ),
    labels(
      'A value is not negative.',
      'Un valor no es negativo.',
      "Une valeur n'est pas négative.",
      'Um valor não é negativo.',
    ),
  ),
  rule(
    'MISSING_STATUS',
    'error',
    '6.1',
    labels(
      'Row {row}: the value is empty but no status says why. Please use L (exists but not collected), M (not applicable), O (missing) or Q (confidential); if the value is zero, write 0.',
      'Fila {row}: el valor está vacío y ningún estado explica por qué. Use L (existe pero no se recopiló), M (no aplica), O (faltante) o Q (confidencial); si el valor es cero, escriba 0.',
      'Ligne {row} : la valeur est vide et aucun statut n’en donne la raison. Veuillez utiliser L (existe mais non collectée), M (sans objet), O (manquante) ou Q (confidentielle) ; si la valeur est nulle, écrivez 0.',
      'Linha {row}: o valor está vazio e nenhum estado explica o motivo. Use L (existe, mas não foi coletado), M (não se aplica), O (ausente) ou Q (confidencial); se o valor for zero, escreva 0.',
    ),
    labels(
      'An empty value carries status L, M, O or Q.',
      'Un valor vacío lleva el estado L, M, O o Q.',
      'Une valeur vide porte le statut L, M, O ou Q.',
      'Um valor vazio leva o estado L, M, O ou Q.',
    ),
  ),
  rule(
    'BAD_STATUS',
    'error',
    '4',
    labels(
      'Row {row}, column {column}: “{value}” is not a valid status. Valid codes: {expected}.',
      'Fila {row}, columna {column}: «{value}» no es un estado válido. Códigos válidos: {expected}.',
      'Ligne {row}, colonne {column} : « {value} » n’est pas un statut valide. Codes valides : {expected}.',
      'Linha {row}, coluna {column}: “{value}” não é um estado válido. Códigos válidos: {expected}.',
    ),
    labels(
      'OBS_STATUS and CONF_STATUS use their SDMX code lists.',
      'OBS_STATUS y CONF_STATUS usan sus listas de códigos SDMX.',
      'OBS_STATUS et CONF_STATUS utilisent leurs listes de codes SDMX.',
      'OBS_STATUS e CONF_STATUS usam suas listas de códigos SDMX.',
    ),
  ),
  rule(
    'DUPLICATE_KEY',
    'error',
    '6.1',
    labels(
      'Row {row} repeats the combination of row {firstRow}. Each combination of codes may appear only once; please keep one of the two.',
      'La fila {row} repite la combinación de la fila {firstRow}. Cada combinación de códigos puede aparecer una sola vez; conserve una de las dos.',
      'La ligne {row} répète la combinaison de la ligne {firstRow}. Chaque combinaison de codes ne peut figurer qu’une fois ; veuillez n’en garder qu’une.',
      'A linha {row} repete a combinação da linha {firstRow}. Cada combinação de códigos só pode aparecer uma vez; mantenha apenas uma das duas.',
    ),
    labels(
      'No two rows have the same series key.',
      'Dos filas no tienen la misma clave de serie.',
      'Deux lignes n’ont pas la même clé de série.',
      'Duas linhas não têm a mesma chave de série.',
    ),
  ),
  rule(
    'ADDITIVITY',
    'error',
    '6.2',
    labels(
      'Row {row}: the parts of {dimension} add up to {sum}, but the total is {total}. The difference is beyond the tolerance of {tolerance}; please correct the total or its parts.',
      'Fila {row}: las partes de {dimension} suman {sum}, pero el total es {total}. La diferencia supera la tolerancia de {tolerance}; corrija el total o sus partes.',
      'Ligne {row} : les éléments de {dimension} totalisent {sum}, mais le total est {total}. L’écart dépasse la tolérance de {tolerance} ; veuillez corriger le total ou ses éléments.',
      'Linha {row}: as partes de {dimension} somam {sum}, mas o total é {total}. A diferença excede a tolerância de {tolerance}; corrija o total ou suas partes.',
    ),
    labels(
      'The codes of a dimension, unknown included, add up to its total.',
      'Los códigos de una dimensión, incluido el desconocido, suman su total.',
      "Les codes d'une dimension, inconnu compris, totalisent son total.",
      'Os códigos de uma dimensão, incluído o desconhecido, somam o seu total.',
    ),
    { params: { tolerancePct: 0.5 } },
  ),
  rule(
    'ADDITIVITY_MINOR',
    'warning',
    '6.2',
    labels(
      'Row {row}: the parts of {dimension} add up to {sum} and the total is {total}. The difference is within the tolerance of {tolerance}, probably rounding; please confirm.',
      'Fila {row}: las partes de {dimension} suman {sum} y el total es {total}. La diferencia está dentro de la tolerancia de {tolerance}, probablemente por redondeo; confírmelo.',
      'Ligne {row} : les éléments de {dimension} totalisent {sum} et le total est {total}. L’écart reste dans la tolérance de {tolerance}, sans doute un arrondi ; veuillez le confirmer.',
      'Linha {row}: as partes de {dimension} somam {sum} e o total é {total}. A diferença está dentro da tolerância de {tolerance}, provavelmente arredondamento; confirme-o.',
    ),
    labels(
      'A total that differs from its parts within the tolerance is flagged, not rejected.',
      'Un total que difiere de sus partes dentro de la tolerancia se señala, no se rechaza.',
      'Un total qui diffère de ses éléments dans la tolérance est signalé, non rejeté.',
      'Um total que difere das suas partes dentro da tolerância é sinalizado, não rejeitado.',
    ),
    {
      params: { tolerancePct: 0.5 },
      groupMessages: {
        '*': labels(
          '{count} totals differ from the sum of their parts by {dimension} within the tolerance, probably rounding ({cells}). Please confirm.',
          '{count} totales difieren de la suma de sus partes por {dimension} dentro de la tolerancia, probablemente por redondeo ({cells}). Confírmelo.',
          '{count} totaux diffèrent de la somme de leurs éléments par {dimension} dans la tolérance, sans doute un arrondi ({cells}). Veuillez le confirmer.',
          '{count} totais diferem da soma das suas partes por {dimension} dentro da tolerância, provavelmente arredondamento ({cells}). Confirme-o.',
        ),
      },
    },
  ),
  rule(
    'INCONSISTENT_BREAKDOWNS',
    'error',
    '6.2',
    labels(
      'Row {row}: the same total broken down by {dimension} gives {sum}, but by {otherDimension} gives {otherSum}. Both breakdowns must agree.',
      'Fila {row}: el mismo total desglosado por {dimension} da {sum}, pero por {otherDimension} da {otherSum}. Ambos desgloses deben coincidir.',
      'Ligne {row} : le même total ventilé par {dimension} donne {sum}, mais par {otherDimension} donne {otherSum}. Les deux ventilations doivent concorder.',
      'Linha {row}: o mesmo total desagregado por {dimension} dá {sum}, mas por {otherDimension} dá {otherSum}. As duas desagregações devem coincidir.',
    ),
    labels(
      'Breakdowns of one total across two dimensions agree.',
      'Los desgloses de un total por dos dimensiones coinciden.',
      "Les ventilations d'un total selon deux dimensions concordent.",
      'As desagregações de um total por duas dimensões coincidem.',
    ),
    { params: { tolerancePct: 0.5 } },
  ),
  rule(
    'CROSS_TABLE',
    'warning',
    '6.3',
    labels(
      '{series}: table {table} gives {value}, while table {otherTable} gives {expected} for the same population. Please check both tables.',
      '{series}: el cuadro {table} da {value}, mientras que el cuadro {otherTable} da {expected} para la misma población. Revise ambos cuadros.',
      '{series} : le tableau {table} donne {value}, alors que le tableau {otherTable} donne {expected} pour la même population. Veuillez vérifier les deux tableaux.',
      '{series}: a tabela {table} dá {value}, enquanto a tabela {otherTable} dá {expected} para a mesma população. Verifique as duas tabelas.',
    ),
    labels(
      'Related tables agree (employment totals; foreign-born within population).',
      'Los cuadros relacionados coinciden (totales de ocupados; nacidos en el extranjero dentro de la población).',
      'Les tableaux liés concordent (totaux de l’emploi ; nés à l’étranger inclus dans la population).',
      'As tabelas relacionadas coincidem (totais de ocupados; nascidos no exterior dentro da população).',
    ),
    {
      params: { tolerancePct: 0.5 },
      groupMessages: {
        '*': labels(
          '{count} values of table {table} disagree with table {otherTable} ({cells}). Please check both tables.',
          '{count} valores del cuadro {table} no coinciden con el cuadro {otherTable} ({cells}). Revise ambos cuadros.',
          '{count} valeurs du tableau {table} ne concordent pas avec le tableau {otherTable} ({cells}). Veuillez vérifier les deux tableaux.',
          '{count} valores da tabela {table} não coincidem com a tabela {otherTable} ({cells}). Verifique as duas tabelas.',
        ),
      },
    },
  ),
  rule(
    'OUTLIER',
    'warning',
    '6.4',
    labels(
      'Row {row} ({series}, {year}): {value} is unusual for this series (expected around {expected}; change {change} %). Please confirm it and explain the reason in a note.',
      'Fila {row} ({series}, {year}): {value} es inusual para esta serie (se esperaba alrededor de {expected}; variación {change} %). Confírmelo y explique el motivo en una nota.',
      'Ligne {row} ({series}, {year}) : {value} est inhabituel pour cette série (valeur attendue autour de {expected} ; variation {change} %). Veuillez le confirmer et en expliquer la raison dans une note.',
      'Linha {row} ({series}, {year}): {value} é incomum para esta série (esperava-se cerca de {expected}; variação {change} %). Confirme-o e explique o motivo em uma nota.',
    ),
    labels(
      'A value far from its series (|modified z| > 3.5) or from the last published value is justified.',
      'Un valor alejado de su serie (|z modificado| > 3,5) o del último valor publicado se justifica.',
      'Une valeur éloignée de sa série (|z modifié| > 3,5) ou de la dernière valeur publiée est justifiée.',
      'Um valor distante da sua série (|z modificado| > 3,5) ou do último valor publicado é justificado.',
    ),
    {
      needsJustification: true,
      params: { z: 3.5, changePct: 50, minValue: 100, minPoints: 5 },
      groupMessages: {
        '*': labels(
          '{count} unusual values for {origin} ({cells}). Please confirm them and explain the reason in one note.',
          '{count} valores inusuales para {origin} ({cells}). Confírmelos y explique el motivo en una nota.',
          '{count} valeurs inhabituelles pour {origin} ({cells}). Veuillez les confirmer et en expliquer la raison dans une note.',
          '{count} valores incomuns para {origin} ({cells}). Confirme-os e explique o motivo em uma nota.',
        ),
      },
    },
  ),
  rule(
    'SERIES_BREAK',
    'warning',
    '6.4',
    labels(
      'The series {series} starts or stops in {year}. Please confirm it, or explain why in a note.',
      'La serie {series} comienza o se interrumpe en {year}. Confírmelo o explique el motivo en una nota.',
      'La série {series} commence ou s’interrompt en {year}. Veuillez le confirmer ou en expliquer la raison dans une note.',
      'A série {series} começa ou é interrompida em {year}. Confirme-o ou explique o motivo em uma nota.',
    ),
    labels(
      'A series that starts or stops is justified.',
      'Una serie que comienza o se interrumpe se justifica.',
      'Une série qui commence ou s’interrompt est justifiée.',
      'Uma série que começa ou é interrompida é justificada.',
    ),
    {
      needsJustification: true,
      variants: {
        start: labels(
          '{series}: new in {year}. Nothing was published for this series before, while its total was. Please confirm the new series, or explain it in a note.',
          '{series}: nueva en {year}. No se había publicado nada para esta serie, mientras que su total sí. Confirme la nueva serie o explíquela en una nota.',
          '{series} : nouvelle en {year}. Rien n’avait été publié pour cette série, alors que son total l’était. Veuillez confirmer la nouvelle série ou l’expliquer dans une note.',
          '{series}: nova em {year}. Nada havia sido publicado para esta série, enquanto o seu total sim. Confirme a nova série ou explique-a em uma nota.',
        ),
        stop: labels(
          '{series}: published for {lastYear}, but not in the file for {year}. Please confirm that the series stops, or explain why in a note.',
          '{series}: publicada para {lastYear}, pero ausente del archivo para {year}. Confirme que la serie se interrumpe o explique el motivo en una nota.',
          '{series} : publiée pour {lastYear}, mais absente du fichier pour {year}. Veuillez confirmer que la série s’interrompt ou en expliquer la raison dans une note.',
          '{series}: publicada para {lastYear}, mas ausente do arquivo para {year}. Confirme que a série é interrompida ou explique o motivo em uma nota.',
        ),
      },
      groupMessages: {
        start: labels(
          'The breakdown by {dimension} is new in {year}: {count} series never published before, whose totals were ({cells}). One note confirms them all.',
          'El desglose por {dimension} es nuevo en {year}: {count} series nunca publicadas, cuyos totales sí lo fueron ({cells}). Una sola nota las confirma todas.',
          'La ventilation par {dimension} est nouvelle en {year} : {count} séries jamais publiées, dont les totaux l’étaient ({cells}). Une seule note les confirme toutes.',
          'A desagregação por {dimension} é nova em {year}: {count} séries nunca publicadas, cujos totais o foram ({cells}). Uma única nota confirma todas.',
        ),
        stop: labels(
          '{count} series by {dimension} published for {lastYear} are not in the file for {year} ({cells}). Please confirm that they stop, or explain why.',
          '{count} series por {dimension} publicadas para {lastYear} no figuran en el archivo para {year} ({cells}). Confirme que se interrumpen o explique el motivo.',
          '{count} séries par {dimension} publiées pour {lastYear} sont absentes du fichier pour {year} ({cells}). Veuillez confirmer qu’elles s’interrompent ou en expliquer la raison.',
          '{count} séries por {dimension} publicadas para {lastYear} não constam do arquivo para {year} ({cells}). Confirme que são interrompidas ou explique o motivo.',
        ),
      },
    },
  ),
  rule(
    'MIRROR',
    'info',
    '6.5',
    labels(
      '{year}: {country} reports {value} for {counterpart}, while {counterpart} reports {expected} for {country}.',
      '{year}: {country} informa {value} respecto de {counterpart}, mientras que {counterpart} informa {expected} respecto de {country}.',
      '{year} : {country} déclare {value} pour {counterpart}, tandis que {counterpart} déclare {expected} pour {country}.',
      '{year}: {country} informa {value} em relação a {counterpart}, enquanto {counterpart} informa {expected} em relação a {country}.',
    ),
    labels(
      "A country's emigrants to B are compared with B's immigrants from it.",
      'Los emigrantes de un país hacia B se comparan con los inmigrantes de B procedentes de él.',
      "Les émigrés d'un pays vers B sont comparés aux immigrés de B qui en proviennent.",
      'Os emigrantes de um país para B são comparados com os imigrantes de B provenientes dele.',
    ),
  ),
  rule(
    'INCOMPLETE',
    'warning',
    '6.6',
    labels(
      'Table {table}, {year}: the required totals are missing for {cells}. Please add them.',
      'Cuadro {table}, {year}: faltan los totales requeridos para {cells}. Agréguelos.',
      'Tableau {table}, {year} : il manque les totaux requis pour {cells}. Veuillez les ajouter.',
      'Tabela {table}, {year}: faltam os totais exigidos para {cells}. Acrescente-os.',
    ),
    labels(
      'The required totals, by sex, are present for every reported year.',
      'Los totales requeridos, por sexo, figuran para cada año informado.',
      'Les totaux requis, par sexe, figurent pour chaque année déclarée.',
      'Os totais exigidos, por sexo, constam para cada ano informado.',
    ),
    {
      groupMessages: {
        '*': labels(
          'Table {table}: the required totals are missing for {count} years ({cells}). Please add them.',
          'Cuadro {table}: faltan los totales requeridos para {count} años ({cells}). Agréguelos.',
          'Tableau {table} : il manque les totaux requis pour {count} années ({cells}). Veuillez les ajouter.',
          'Tabela {table}: faltam os totais exigidos para {count} anos ({cells}). Acrescente-os.',
        ),
      },
    },
  ),
  rule(
    'INVALID_TEXT',
    'error',
    '6.1',
    labels(
      'Row {row}, column {column}: the text holds a control character. Remove it (only tab and line breaks are allowed).',
      'Fila {row}, columna {column}: el texto contiene un carácter de control. Elimínelo (solo se admiten tabulaciones y saltos de línea).',
      'Ligne {row}, colonne {column} : le texte contient un caractère de contrôle. Supprimez-le (seuls la tabulation et les sauts de ligne sont admis).',
      'Linha {row}, coluna {column}: o texto contém um caractere de controle. Remova-o (só são aceitos tabulação e quebras de linha).',
    ),
    labels(
      'Text holds no control character but tab and line breaks.',
      'El texto no contiene caracteres de control, salvo tabulaciones y saltos de línea.',
      'Le texte ne contient aucun caractère de contrôle, hormis la tabulation et les sauts de ligne.',
      'O texto não contém caracteres de controle, exceto tabulação e quebras de linha.',
    ),
  ),
];

const BY_CODE = new Map(RULES.map((r) => [r.code, r]));

export function getRule(code: string): RuleDef | undefined {
  return BY_CODE.get(code);
}

/** The {slot} names of a message template, sorted. */
export function listMessageSlots(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();
}
