package dev.diplograph.neo4j.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

/**
 * Serves Diplograph's Neo4j Browser style and guide from the local Neo4j's own HTTP server (an
 * unmanaged extension mounted at /diplograph, see neo4j.conf): Browser fetches
 * /diplograph/neo4j-browser.grass for `:style URL` and /diplograph/guides/diplograph for
 * `:play diplograph`, both run after connecting (browser.post_connect_cmd). The files are the
 * copies `diplograph neo4j start` puts in INSTANCE_DIR/browser (system property
 * diplograph.browser.dir, set by the Launcher); only the names below are served.
 */
@Path("/")
public class BrowserFiles {
    private static final Map<String, String[]> FILES = Map.of(
        "neo4j-browser.grass", new String[] {"neo4j-browser.grass", "text/plain; charset=utf-8"},
        "guides/diplograph", new String[] {"neo4j-browser-guide.html", "text/html; charset=utf-8"});

    @GET
    @Path("{name: .+}")
    public Response get(@PathParam("name") String name) throws IOException {
        String[] file = FILES.get(name);
        String dir = System.getProperty("diplograph.browser.dir");
        if (file == null || dir == null) return Response.status(Response.Status.NOT_FOUND).build();
        java.nio.file.Path path = java.nio.file.Path.of(dir, file[0]);
        if (!Files.isRegularFile(path)) return Response.status(Response.Status.NOT_FOUND).build();
        return Response.ok(Files.readAllBytes(path), file[1])
            // Browser may be opened on localhost while the files are addressed by 127.0.0.1.
            .header("Access-Control-Allow-Origin", "*")
            .header("Cache-Control", "no-cache")
            .build();
    }
}
