// The MET_WITH network as a graph, for Browser's graph view: who met whom
// according to articles published between $from and $to, asserted only
// ("may meet" and "denied meeting" are relations of their own modality).
//   :param from => '2025-03-01'
//   :param to => '2025-03-31'
MATCH (a:Entity)-[r:MET_WITH {modality: 'asserted'}]->(b:Entity)
WHERE EXISTS {
  MATCH (:Claim {relationId: r.id})-[:STATED_IN]->(art:Article)
  WHERE art.published >= $from AND art.published <= $to
}
RETURN a, r, b
