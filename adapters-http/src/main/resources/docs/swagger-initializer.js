// Served by the orders service (not the webjar's copy) so that the UI shows this API's document
// and the page needs no inline script under its Content-Security-Policy.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yaml",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
};
