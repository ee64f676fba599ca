// The copy-paste recipes of the /developers page, built for the server the reader is on. Plain
// text with no imports: test/sdmx-rsdmx.test.ts runs the R recipe against a live server, so the
// example a reader copies is the one the suite proves works.
export interface Recipes {
  r: string;
  python: string;
  pandas: string;
  powerQuery: string;
  curl: string;
}

export function buildRecipes(origin: string): Recipes {
  const v1 = `${origin}/sdmx/v1`;
  const v2 = `${origin}/sdmx/v2`;
  return {
    r: `# install.packages("rsdmx")   (Debian/Ubuntu: apt install r-cran-rsdmx)
library(rsdmx)
sicremi <- "${v1}"
addSDMXServiceProvider(SDMXServiceProvider(
  agencyId = "SICREMI", name = "SICREMI (OAS)",
  builder = SDMXREST21RequestBuilder(regUrl = sicremi, repoUrl = sicremi, compliant = TRUE)
))
# Foreign-born population of Chile, 2020-2021, with the names of every code
stock <- readSDMX(providerId = "SICREMI", resource = "data", flowRef = "MIG_STOCK_FB",
                  key = "CHL...", start = 2020, end = 2021, dsd = TRUE)
df <- as.data.frame(stock, labels = TRUE)
head(df)
`,
    python: `# pip install sdmx1   (the maintained successor of pandasdmx; same API)
import sdmx
sdmx.add_source({"id": "SICREMI", "url": "${v1}", "name": "SICREMI (OAS)"})
sicremi = sdmx.Client("SICREMI")
flows = sicremi.dataflow()
message = sicremi.data("MIG_STOCK_FB", key="CHL...", params={"startPeriod": 2020, "endPeriod": 2021})
df = sdmx.to_pandas(message).reset_index()
print(df.head())
`,
    pandas: `import pandas as pd
url = ("${v2}/data/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*"
       "?c[TIME_PERIOD]=ge:2020+le:2021&format=csvfilewithlabels")
df = pd.read_csv(url)   # SDMX-CSV: one row per observation, codes and names
print(df[["REF_AREA", "COUNTRY_OF_BIRTH", "SEX", "TIME_PERIOD", "OBS_VALUE"]].head())
`,
    powerQuery: `// Excel: Data > Get Data > From Other Sources > Blank Query > Advanced Editor
let
    Source = Csv.Document(
        Web.Contents("${v2}/data/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*",
            [Headers = [Accept = "application/vnd.sdmx.data+csv;version=2.0.0;labels=both"]]),
        [Delimiter = ",", Encoding = 65001, QuoteStyle = QuoteStyle.Csv]),
    Table = Table.PromoteHeaders(Source, [PromoteAllScalars = true]),
    Typed = Table.TransformColumnTypes(Table, {{"OBS_VALUE", type number}})
in
    Typed
`,
    curl: `# Dataflows (SDMX-JSON)
curl "${v2}/structure/dataflow/OAS"
# Data as SDMX-CSV, as SDMX-ML 2.1 generic data
curl -H "Accept: application/vnd.sdmx.data+csv;version=2.0.0" "${v2}/data/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*"
curl -H "Accept: application/vnd.sdmx.genericdata+xml;version=2.1" "${v1}/data/MIG_STOCK_FB/CHL.../all"
# Which codes have data (availability), and every vintage of revised figures
curl "${v2}/availability/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*/all"
curl "${v2}/data/dataflow/OAS/MIG_STOCK_FB/1.0/CHL.*.*.*?includeHistory=true"
`,
  };
}
