package dev.salesops.cli.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol (a WebSocket from {@code java.net.http}, no
 * extra dependency): loads a page, collects its console messages, exceptions, log entries and network
 * requests, evaluates a script and takes a full-page screenshot. Any host name resolves to nothing
 * ({@code --host-resolver-rules}), so a page that tried the network would also fail visibly.
 */
final class Browser implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
  private static final long TIMEOUT_S = 90;

  private final Process process;
  private final WebSocket ws;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new ArrayList<>();
  private final Map<String, CompletableFuture<JsonNode>> waits = new ConcurrentHashMap<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();

  /** What a page did while it loaded and rendered. */
  record PageRun(List<String> consoleProblems, List<String> requests, JsonNode evaluated, Path screenshot) {}

  /** The browser to use: {@code $SALES_OPS_CHROMIUM}, else chromium, chromium-browser or google-chrome on the PATH. */
  static Optional<Path> find() {
    String env = System.getenv("SALES_OPS_CHROMIUM");
    if (env != null && !env.isBlank() && Files.isExecutable(Path.of(env))) {
      return Optional.of(Path.of(env));
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  private Browser(Process process, WebSocket ws) {
    this.process = process;
    this.ws = ws;
  }

  /** Starts {@code exe} headless with a fresh profile in {@code profile}. */
  static Browser launch(Path exe, Path profile) throws Exception {
    List<String> cmd = List.of(exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--disable-default-apps", "--mute-audio", "--user-data-dir=" + profile, "--host-resolver-rules=MAP * ~NOTFOUND",
        "--remote-debugging-port=0", "about:blank");
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CompletableFuture<String> url = new CompletableFuture<>();
    Deque<String> tail = new ArrayDeque<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
          synchronized (tail) {
            tail.addLast(line);
            if (tail.size() > 40) {
              tail.removeFirst();
            }
          }
        }
      } catch (IOException e) {
        // the process ended
      }
      synchronized (tail) {
        url.completeExceptionally(new IllegalStateException("the browser ended before listening: " + String.join("\n", tail)));
      }
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = url.get(TIMEOUT_S, TimeUnit.SECONDS);
    } catch (Exception e) {
      p.destroyForcibly();
      throw e;
    }
    Browser[] self = new Browser[1];
    StringBuilder partial = new StringBuilder();
    WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(ws), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          String message = partial.toString();
          partial.setLength(0);
          try {
            self[0].receive(JSON.readTree(message));
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
        webSocket.request(1);
        return null;
      }
    }).get(TIMEOUT_S, TimeUnit.SECONDS);
    Browser b = new Browser(p, socket);
    self[0] = b;
    synchronized (tail) {
      b.stderrTail.addAll(tail);
    }
    return b;
  }

  private void receive(JsonNode message) {
    if (message.has("id")) {
      CompletableFuture<JsonNode> f = calls.remove(message.get("id").asInt());
      if (f != null) {
        if (message.has("error")) {
          f.completeExceptionally(new IllegalStateException("CDP error: " + message.get("error")));
        } else {
          f.complete(message.path("result"));
        }
      }
      return;
    }
    synchronized (events) {
      events.add(message);
    }
    String key = message.path("sessionId").asText("") + " " + message.path("method").asText();
    CompletableFuture<JsonNode> w = waits.remove(key);
    if (w != null) {
      w.complete(message);
    }
  }

  private JsonNode call(String session, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", params == null ? JSON.createObjectNode() : params);
    if (session != null) {
      msg.put("sessionId", session);
    }
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    calls.put(id, f);
    ws.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT_S, TimeUnit.SECONDS);
    return f.get(TIMEOUT_S, TimeUnit.SECONDS);
  }

  private static ObjectNode params(Object... kv) {
    ObjectNode n = JSON.createObjectNode();
    for (int i = 0; i < kv.length; i += 2) {
      n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
    }
    return n;
  }

  /**
   * Opens {@code page}, waits until it sets {@code data-rendered} on its body, evaluates {@code script} (an
   * expression whose value is a JSON string) and writes a full-page PNG screenshot to {@code screenshot}.
   */
  PageRun open(Path page, String script, Path screenshot) throws Exception {
    String target = call(null, "Target.createTarget", params("url", "about:blank")).get("targetId").asText();
    String s = call(null, "Target.attachToTarget", params("targetId", target, "flatten", true)).get("sessionId").asText();
    try {
      for (String domain : List.of("Runtime", "Log", "Network", "Page")) {
        call(s, domain + ".enable", null);
      }
      call(s, "Emulation.setDeviceMetricsOverride", params("width", 1280, "height", 900, "deviceScaleFactor", 1, "mobile", false));
      CompletableFuture<JsonNode> loaded = new CompletableFuture<>();
      waits.put(s + " Page.loadEventFired", loaded);
      String url = page.toUri().toString();
      call(s, "Page.navigate", params("url", url));
      loaded.get(TIMEOUT_S, TimeUnit.SECONDS);
      JsonNode done = call(s, "Runtime.evaluate", params("expression",
          "new Promise(function (ok) { (function check() { if (document.body && document.body.getAttribute('data-rendered')) { ok(true); }"
              + " else { requestAnimationFrame(check); } })(); })", "awaitPromise", true, "returnByValue", true));
      if (!done.path("result").path("value").asBoolean(false)) {
        throw new IllegalStateException("the page did not finish rendering: " + done);
      }
      JsonNode value = call(s, "Runtime.evaluate", params("expression", script, "returnByValue", true)).path("result");
      JsonNode evaluated = JSON.readTree(value.path("value").asText("null"));
      JsonNode metrics = call(s, "Page.getLayoutMetrics", null);
      int height = (int) Math.ceil(metrics.path("cssContentSize").path("height").asDouble(900));
      call(s, "Emulation.setDeviceMetricsOverride", params("width", 1280, "height", Math.min(Math.max(height, 900), 16_000),
          "deviceScaleFactor", 1, "mobile", false));
      JsonNode shot = call(s, "Page.captureScreenshot", params("format", "png", "captureBeyondViewport", true));
      Files.createDirectories(screenshot.toAbsolutePath().getParent());
      Files.write(screenshot, Base64.getDecoder().decode(shot.get("data").asText()));
      List<String> problems = new ArrayList<>();
      List<String> requests = new ArrayList<>();
      synchronized (events) {
        for (JsonNode e : events) {
          if (!s.equals(e.path("sessionId").asText())) {
            continue;
          }
          JsonNode p = e.path("params");
          switch (e.path("method").asText()) {
            case "Runtime.consoleAPICalled" -> {
              String type = p.path("type").asText();
              if (List.of("error", "warning", "assert").contains(type)) {
                problems.add("console." + type + ": " + p.path("args"));
              }
            }
            case "Runtime.exceptionThrown" -> problems.add("exception: " + p.path("exceptionDetails"));
            case "Log.entryAdded" -> {
              String level = p.path("entry").path("level").asText();
              if (level.equals("error") || level.equals("warning")) {
                problems.add("log " + level + ": " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
              }
            }
            case "Network.requestWillBeSent" -> requests.add(p.path("request").path("url").asText());
            default -> { }
          }
        }
      }
      return new PageRun(problems, requests, evaluated, screenshot);
    } finally {
      call(null, "Target.closeTarget", params("targetId", target));
    }
  }

  /** The last lines the browser wrote on stderr at start-up (for failure messages). */
  String startupLog() {
    return String.join("\n", stderrTail);
  }

  @Override
  public void close() throws Exception {
    try {
      call(null, "Browser.close", null);
    } catch (Exception e) {
      // it may close the socket before answering
    }
    ws.abort();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(20, TimeUnit.SECONDS);
    }
  }
}
