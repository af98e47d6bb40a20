-- A customer's invoices oldest due first (GET /api/invoices?customerId=), one page read from the index in its order.
CREATE INDEX invoice_view_customer_due ON invoice_view (customer_id, due_date, invoice_id);
