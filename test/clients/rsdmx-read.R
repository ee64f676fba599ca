# Reads SICREMI through rsdmx (Debian's r-cran-rsdmx), as the partners' R users do: dataflows,
# a data structure with its code lists, a code list, data by URL, and data through a custom
# SDMXServiceProvider built on SDMXREST21RequestBuilder, with the DSD's labels. Writes what it
# read as CSV files for the node test (test/sdmx-rsdmx.test.ts) to compare with /api/data.
# Usage: Rscript rsdmx-read.R <server origin> <output directory>
args <- commandArgs(trailingOnly = TRUE)
base <- args[1]
out <- args[2]
suppressPackageStartupMessages(library(rsdmx))
v1 <- paste0(base, "/sdmx/v1")

# 1. Dataflows.
flows <- as.data.frame(readSDMX(paste0(v1, "/dataflow/all/all/latest/"), verbose = FALSE))
write.csv(flows[, c("id", "agencyID", "version", "dsdRef", "Name.en")], file.path(out, "dataflows.csv"), row.names = FALSE)

# 2. A data structure with its code lists (references=children).
dsd <- readSDMX(paste0(v1, "/datastructure/OAS/DSD_MIG_STOCK_FB/latest/?references=children"), verbose = FALSE)
dims <- as.data.frame(slot(slot(slot(dsd, "datastructures"), "datastructures")[[1]], "Components"))
write.csv(dims, file.path(out, "components.csv"), row.names = FALSE)
area <- as.data.frame(slot(dsd, "codelists"), codelistId = "CL_AREA")
write.csv(area, file.path(out, "dsd-cl-area.csv"), row.names = FALSE)

# 3. A code list on its own.
sex <- as.data.frame(readSDMX(paste0(v1, "/codelist/OAS/CL_SEX/latest/"), verbose = FALSE))
write.csv(sex, file.path(out, "cl-sex.csv"), row.names = FALSE)

# 4. Data by URL (generic data, the application/xml default).
byUrl <- as.data.frame(readSDMX(paste0(v1, "/data/MIG_STOCK_FB/CHL.../all/"), verbose = FALSE))
write.csv(byUrl, file.path(out, "data-url.csv"), row.names = FALSE)

# 5. Data through a service provider, with the DSD fetched and its labels attached.
provider <- SDMXServiceProvider(
  agencyId = "SICREMI", name = "SICREMI (OAS)",
  builder = SDMXREST21RequestBuilder(regUrl = v1, repoUrl = v1, compliant = TRUE)
)
addSDMXServiceProvider(provider)
viaProvider <- readSDMX(
  providerId = "SICREMI", resource = "data", flowRef = "MIG_STOCK_FB",
  key = "ARG+CHL...", start = 2020, end = 2021, dsd = TRUE, verbose = FALSE
)
write.csv(as.data.frame(viaProvider, labels = TRUE), file.path(out, "data-provider.csv"), row.names = FALSE)
cat("rsdmx", as.character(packageVersion("rsdmx")), "done\n")
