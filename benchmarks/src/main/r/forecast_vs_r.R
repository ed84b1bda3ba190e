# R's side of benchmarks/forecast-vs-r.sh: stats::HoltWinters (L-BFGS-B from alpha = 0.3, beta = 0.1,
# gamma = 0.1 within [0, 1]) on every series of the CSV (one 60-point monthly series per line).
#
#   Rscript benchmarks/src/main/r/forecast_vs_r.R series.csv additive|multiplicative results.csv
#
# Writes alpha,beta,gamma,SSE per series (0,0,0,NaN where R fails) and prints the CPU time (user + system of
# this process, system.time) of the fitting loop only.
args <- commandArgs(trailingOnly = TRUE)
infile <- args[1]
seasonal <- args[2]
outfile <- args[3]
m <- as.matrix(read.csv(infile, header = FALSE))
series <- lapply(seq_len(nrow(m)), function(i) ts(as.numeric(m[i, ]), frequency = 12, start = c(2020, 1)))
res <- matrix(NA_real_, nrow = length(series), ncol = 4)
failures <- 0L
timing <- system.time({
  for (i in seq_along(series)) {
    fit <- tryCatch(HoltWinters(series[[i]], seasonal = seasonal), error = function(e) NULL)
    if (is.null(fit)) {
      failures <- failures + 1L
      res[i, ] <- c(0, 0, 0, NaN)
    } else {
      res[i, ] <- c(fit$alpha, fit$beta, fit$gamma, fit$SSE)
    }
  }
})
write.table(format(res, digits = 17), outfile, sep = ",", row.names = FALSE, col.names = FALSE, quote = FALSE)
cpu <- timing[["user.self"]] + timing[["sys.self"]]
cat(sprintf("R %s (%s): %d series, %d failures; CPU %.2f s (wall %.2f s): %.0f fits per CPU-second\n", R.version$version.string, seasonal,
            length(series), failures, cpu, timing[["elapsed"]], length(series) / cpu))
