// The cdktf app behind `npx cdktf synth` (see cdktf.json): one App holding every example stack.
require('./register-ts');
const { App } = require('cdktf');
const { addExampleStacks } = require('../examples/all');

const app = new App();
addExampleStacks(app);
app.synth();
