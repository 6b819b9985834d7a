// The drawable proof of a set of chains: each trade with its parties, patents and platform, and
// the holdings and offices that relate the parties.
CALL () {
  UNWIND $tradeIds AS tid
  MATCH (t:Transaction {id: tid})-[r:FROM_PARTY|TO_PARTY|OF_PATENT|VIA_PLATFORM]->(x)
  RETURN t AS a, r, x AS b
  UNION ALL
  UNWIND $owns AS o
  MATCH (a:Party {id: o[0]})-[r:OWNS]->(b:Organization {id: o[1]})
  RETURN a, r, b
  UNION ALL
  UNWIND $offices AS o
  MATCH (a:Person {id: o[0]})-[r:OFFICER_OF {role: o[2]}]->(b:Organization {id: o[1]})
  RETURN a, r, b
}
RETURN a, r, b
