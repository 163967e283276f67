// The API explorer: Swagger UI on the document at /openapi (built from specs/contracts).
window.addEventListener("load", () => {
  window.explorer = SwaggerUIBundle({
    url: new URL("../../openapi?format=json", document.baseURI).href,
    dom_id: "#explorer",
    deepLinking: true,
    layout: "BaseLayout",
  });
});
