# Times R's stats::HoltWinters (parameter search: alpha, beta, gamma by L-BFGS-B on SSE) on the same
# 10,000 monthly series of 60 points as the JMH benchmark HoltWintersFitBenchmark.
#
#   java -cp benchmarks/target/benchmarks.jar dev.salesops.benchmarks.forecast.BenchSeries /tmp/hw-series.csv
#   Rscript benchmarks/src/main/r/holtwinters_bench.R /tmp/hw-series.csv additive /tmp/hw-r-additive.csv [n]
#
# (optional n: time only the first n series, for a quick run)
# Prints the elapsed time (system.time) and series per second; writes alpha,beta,gamma,SSE per series
# for HoltWintersCompare. Series where R's optimiser fails are written as 0,0,0,NaN and counted.
args <- commandArgs(trailingOnly = TRUE)
infile <- if (length(args) >= 1) args[1] else "hw-series.csv"
seasonal <- if (length(args) >= 2) args[2] else "additive"
outfile <- if (length(args) >= 3) args[3] else paste0("hw-r-", seasonal, ".csv")

limit <- if (length(args) >= 4) as.integer(args[4]) else NA_integer_

m <- as.matrix(read.csv(infile, header = FALSE))
if (!is.na(limit)) m <- m[seq_len(min(limit, nrow(m))), , drop = FALSE]
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
cat(sprintf("%s: %d series, %d failures, elapsed %.2f s (user %.2f s): %.1f series/s\n", seasonal, length(series), failures,
            timing[["elapsed"]], timing[["user.self"]], length(series) / timing[["elapsed"]]))
