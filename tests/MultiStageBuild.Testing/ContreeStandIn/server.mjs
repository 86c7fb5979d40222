// A stand-in for Contree's MCP server, built with the official TypeScript SDK: it serves multi-stage-build as
// contree-mcp 0.1.x does. The text comes from upstream's own Python function when UPSTREAM_PROMPTS names prompts.py,
// otherwise from STAND_IN_TEMPLATE, a JSON file with the served template and the argument defaults.
// Prints "listening on <port>" once it accepts connections (PORT=0 lets the system pick one). Besides /mcp, for the
// check's other outcomes: /no-prompts/mcp lists another prompt only, /failing/mcp answers prompts/get with an error,
// /slow/mcp never answers.
import { createServer } from "node:http";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import { z } from "zod";

const upstream = process.env.UPSTREAM_PROMPTS;

function served(args) {
  if (upstream && existsSync(upstream)) {
    const script = [
      "import importlib.util, json, sys",
      "spec = importlib.util.spec_from_file_location('prompts', sys.argv[1])",
      "module = importlib.util.module_from_spec(spec)",
      "spec.loader.exec_module(module)",
      "sys.stdout.write(module.multi_stage_build(**json.loads(sys.argv[2])))",
    ].join("\n");
    return execFileSync("python3", ["-c", script, upstream, JSON.stringify(args)], { encoding: "utf8" });
  }
  const { template, defaults } = JSON.parse(readFileSync(process.env.STAND_IN_TEMPLATE, "utf8"));
  return template.replace(/\{(\w+)\}/g, (_, name) => args[name] ?? defaults[name]);
}

function mcpServer(variant) {
  const server = new McpServer({ name: "contree-stand-in", version: "0.1.5" });
  if (variant === "/no-prompts") {
    server.registerPrompt("run-shell", { description: "Run a shell command.", argsSchema: { command: z.string() } },
      ({ command }) => ({ messages: [{ role: "user", content: { type: "text", text: command } }] }));
    return server;
  }
  server.registerPrompt(
    "multi-stage-build",
    {
      description: "Multi-stage build with rollback points.",
      argsSchema: {
        source: z.string(),
        install_cmd: z.string().optional(),
        build_cmd: z.string().optional(),
        test_cmd: z.string().optional(),
      },
    },
    (args) => {
      if (variant === "/failing") {
        throw new Error("the build farm is down for maintenance");
      }
      return { messages: [{ role: "user", content: { type: "text", text: served(args) } }] };
    },
  );
  return server;
}

const http = createServer(async (request, response) => {
  const path = new URL(request.url, "http://localhost").pathname;
  const variant = path.slice(0, -"/mcp".length);
  if (!path.endsWith("/mcp") || !["", "/no-prompts", "/failing", "/slow"].includes(variant)) {
    response.writeHead(404).end();
    return;
  }
  if (variant === "/slow") {
    return; // the request stays open, unanswered
  }
  const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
  response.on("close", () => transport.close());
  await mcpServer(variant).connect(transport);
  await transport.handleRequest(request, response);
});

http.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log(`listening on ${http.address().port}`));
