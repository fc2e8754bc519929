// Runs once, when the database is first created: the services' own account, which may read and write the
// platform's five databases and nothing else (MONGODB_USERNAME=wsis, MONGODB_PASSWORD, MONGODB_AUTH_SOURCE=admin).
db.getSiblingDB('admin').createUser({
  user: 'wsis',
  pwd: process.env.WSIS_MONGODB_PASSWORD,
  roles: ['submission', 'moderation', 'prize', 'notification', 'convening', 'community'].map((name) => ({role: 'readWrite', db: name})),
});
