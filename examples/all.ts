import { App, TerraformStack } from 'cdktf';
export function addExampleStacks(app: App): void {
  new TerraformStack(app, 'placeholder');
}
