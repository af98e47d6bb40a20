-- The risk-signal feed across customers (GET /api/risk-signals) reads newest first.
CREATE INDEX risk_signal_view_detected ON risk_signal_view (detected_at DESC, signal_id);
