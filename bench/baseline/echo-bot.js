// BASELINE for `npm run bench`: the stock botbuilder echo bot, on the same restify version as the product.
// Stock CloudAdapter + ConfigurationBotFrameworkAuthentication with no app id (anonymous local mode), nothing tuned.
// Plain JavaScript run by node directly, so its start-up time is not inflated by a TypeScript loader.
'use strict';
const restify = require('restify');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } = require('botbuilder');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(MessageFactory.text(`Echo: ${context.activity.text}`));
      await next();
    });
  }
}

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  process.stderr.write(`turn failed: ${error && error.message}\n`);
};
const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.get('/readyz', async (_req, res) => {
  res.send(200, { status: 'ready' });
});
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

const port = Number(process.env.PORT || 3979);
server.listen(port, process.env.HOST || '127.0.0.1', () => {
  process.stdout.write(`echo bot listening on ${port}\n`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
