/**
 * Trend and seasonal forecasting of sales series (趨勢分析與預測).
 *
 * <p>Build a {@link dev.salesops.metrics.forecast.TimeSeries} from dated values or records (missing periods
 * as zeros or gaps, as the caller chooses), fit a {@link dev.salesops.metrics.forecast.ForecastMethod}
 * ({@link dev.salesops.metrics.forecast.MovingAverage}, {@link dev.salesops.metrics.forecast.LinearTrend},
 * {@link dev.salesops.metrics.forecast.ExponentialSmoothing}: simple, Holt, damped Holt, Holt-Winters matching
 * R's {@code stats::HoltWinters}) and read a {@link dev.salesops.metrics.forecast.Forecast} with prediction
 * intervals where defined. {@link dev.salesops.metrics.forecast.ModelSelection} chooses among the exponential
 * smoothing models by AICc, with the table of candidates; {@link dev.salesops.metrics.forecast.Backtest} scores a
 * method by rolling-origin evaluation (MAE, RMSE, MAPE, sMAPE, MASE, interval coverage per step ahead).
 * {@link dev.salesops.metrics.forecast.ForecastComparison} and
 * {@link dev.salesops.metrics.forecast.Accuracy} measure forecasts against actuals;
 * {@link dev.salesops.metrics.forecast.PipelineForecast} gives the probability-weighted pipeline per
 * expected-close month next to the time-series forecast.
 *
 * <p>Series values are doubles (statistics); money results elsewhere stay exact.
 */
@ValueStyle
package dev.salesops.metrics.forecast;

import dev.salesops.core.internal.ValueStyle;
