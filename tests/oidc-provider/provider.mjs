// An OpenID Connect provider for the sign-in tests, built on oidc-provider (OpenID Certified). OIDC_CONFIG holds JSON:
// { port, clientId, clientSecret, redirectUris, postLogoutRedirectUris, users: { name: { password, groups, roles } } }.
// The code flow requires PKCE; the login page checks the name and password; the app is a first-party client, so no
// consent page. Each user's claims: sub and preferred_username (the name), groups and roles (scope "groups").
// Prints "listening on <issuer>" once it accepts connections.
import { createServer } from "node:http";
import Provider from "oidc-provider";

const config = JSON.parse(process.env.OIDC_CONFIG);
const issuer = `http://127.0.0.1:${config.port}`;
const scopes = "openid profile groups";

const provider = new Provider(issuer, {
  clients: [{
    client_id: config.clientId,
    client_secret: config.clientSecret,
    redirect_uris: config.redirectUris,
    post_logout_redirect_uris: config.postLogoutRedirectUris,
    response_types: ["code"],
    grant_types: ["authorization_code"],
    token_endpoint_auth_method: "client_secret_post",
  }],
  pkce: { required: () => true },
  claims: { openid: ["sub"], profile: ["name", "preferred_username"], groups: ["groups", "roles"] },
  scopes: scopes.split(" "),
  cookies: { keys: ["test-provider-cookie-key"] },
  features: { devInteractions: { enabled: false } },
  async findAccount(ctx, id) {
    const user = config.users[id];
    return user && {
      accountId: id,
      claims: async () => ({ sub: id, name: id, preferred_username: id, groups: user.groups ?? [], roles: user.roles ?? [] }),
    };
  },
});
provider.proxy = false;

function page(uid, error) {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test provider sign-in</title></head><body><main>
<h1>Test provider</h1>${error ? `<p role="alert">${escape(error)}</p>` : ""}
<form method="post" action="/interaction/${uid}">
<p><label for="login">User name</label> <input id="login" name="login" autocomplete="username" required></p>
<p><label for="password">Password</label> <input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">Continue</button></p>
</form></main></body></html>`;
}

async function readForm(req) {
  let body = "";
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
}

// Login and, in the same step, the grant of every scope asked for: the app is this provider's own client.
async function finish(ctx, details, accountId) {
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(details.params.scope ?? scopes);
  const grantId = await grant.save();
  const result = { login: { accountId }, consent: { grantId } };
  ctx.status = 303;
  ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }));
}

provider.use(async (ctx, next) => {
  const match = /^\/interaction\/([^/]+)$/.exec(ctx.path);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (details.prompt.name === "consent") {
    return finish(ctx, details, details.session.accountId);
  }
  if (ctx.method === "POST") {
    const form = await readForm(ctx.req);
    const login = form.get("login") ?? "";
    const user = config.users[login];
    if (user && user.password === form.get("password")) {
      return finish(ctx, details, login);
    }
    ctx.status = 400;
    ctx.type = "html";
    ctx.body = page(match[1], "Wrong user name or password.");
    return;
  }
  ctx.type = "html";
  ctx.body = page(match[1]);
});

const server = createServer(provider.callback());
server.listen(config.port, "127.0.0.1", () => console.log(`listening on ${issuer}`));
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
