// The library's vocabulary: a prompt's definition and the arguments it is rendered with.
global using MultiStageBuild.Core.Arguments;
global using MultiStageBuild.Core.Prompts;
