// Core's vocabulary, which nearly every page, endpoint and store call speaks.
global using MultiStageBuild.Core.Arguments;
global using MultiStageBuild.Core.Json;
global using MultiStageBuild.Core.Presets;
global using MultiStageBuild.Core.Prompts;
