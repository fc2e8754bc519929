// The API documentation page: Swagger UI over the chosen service's OpenAPI document. Operations tried
// from here go through the portal; a signed-in session's CSRF token goes with them, as with every form.
document.addEventListener("DOMContentLoaded", () => {
  const root = document.getElementById("swagger-ui");
  if (!root || typeof SwaggerUIBundle !== "function") {
    return;
  }
  const header = document.querySelector('meta[name="csrf-header"]');
  const token = document.querySelector('meta[name="csrf-token"]');
  SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    requestInterceptor: (request) => {
      if (header && token) {
        request.headers[header.content] = token.content;
      }
      return request;
    },
  });
});
