CREATE INDEX event_date_end IF NOT EXISTS FOR (n:Event) ON (n.dateEnd)
