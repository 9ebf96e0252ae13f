// Starts GraphiQL on the geokg API, opened on an example query. The page
// passes the endpoint and the query as JSON in #geokg-editor; React, ReactDOM
// and GraphiQL are already loaded, from the geokg binary like this file.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('geokg-editor').textContent);
  var fetcher = GraphiQL.createFetcher({
    url: new URL(config.endpoint, window.location.href).toString(),
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: config.query,
      isHeadersEditorEnabled: false,
    }),
  );
}());
