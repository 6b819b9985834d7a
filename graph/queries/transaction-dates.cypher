// The first and last transaction dates, each read from the end of the transaction_date index.
CALL () {
  MATCH (t:Transaction) WHERE t.date IS NOT NULL
  RETURN t.date AS first ORDER BY t.date ASC LIMIT 1
}
CALL () {
  MATCH (t:Transaction) WHERE t.date IS NOT NULL
  RETURN t.date AS last ORDER BY t.date DESC LIMIT 1
}
RETURN first, last
