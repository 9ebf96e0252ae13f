// Events by id: the summaries, without the digests they were read from.
UNWIND $ids AS id
MATCH (v:Event {id: id})
RETURN v {.id, .type, .name, .dateStart, .dateEnd, .datePrecision, .datePhrase, .locationId, .perpetratorId,
       .participantIds, .killedValue, .killedQualifier, .killedMin, .killedVague, .killedText, .injuredValue,
       .injuredQualifier, .injuredMin, .injuredVague, .injuredText, .duration, .modality, .confidence, .articles} AS event
