// How two actors are connected: the shortest path between them over what
// the articles state (typed relations, and events through the actors they
// involve), not through the articles that state it. Name them by id or
// exact name.
//   :param from => 'Vladimir Putin'
//   :param to => 'Volodymyr Zelenskyy'
MATCH (a:Entity) WHERE a.id = $from OR a.name = $from
MATCH (b:Entity) WHERE b.id = $to OR b.name = $to
MATCH p = shortestPath((a)-[:MET_WITH|PARTICIPATED_IN|CONDEMNED|CRITICIZED|DEMANDED|OFFERED|CONDITIONED_ON|AGREED|REJECTED|THREATENED|SANCTIONED|AIDED|ATTACKED|PERPETRATED|OCCURRED_IN|LOCATED_IN|LEADS|AFFILIATED_WITH|INVOLVES*..8]-(b))
WHERE a <> b
RETURN p
