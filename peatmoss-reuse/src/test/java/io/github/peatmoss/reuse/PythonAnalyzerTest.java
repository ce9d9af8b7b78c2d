package io.github.peatmoss.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Python analyser, one shape per line: each program below holds a signature family's forms and its
 * near-misses, and the findings name, for a use, {@code U line:column call signature model <as written>} and,
 * for a rejected candidate, {@code R line:column call signature reason <text> | detail}. A line without a
 * finding is a call the detector must not report at all (a builder helper, a model object built by another
 * call, a method no signature has).
 */
class PythonAnalyzerTest {
  @Test
  void torchvision() {
    String code = "import torchvision\n"
        + "from torchvision import models as M\n"
        + "from torchvision.models import get_model\n"
        + "a = torchvision.models.resnet50(weights=\"DEFAULT\")\n"
        + "b = torchvision.models.resnet50(weights=None)\n"
        + "c = torchvision.models.resnet50(pretrained=False)\n"
        + "d = torchvision.models.resnet50(True)\n"
        + "e = M.detection.fasterrcnn_resnet50_fpn(weights=\"DEFAULT\")\n"
        + "f = M.other.thing(weights=\"DEFAULT\")\n"
        + "g = get_model(\"ResNet50\", weights=\"DEFAULT\")\n"
        + "h = get_model(name, weights=\"DEFAULT\")\n"
        + "i = get_model(weights=\"DEFAULT\")\n"
        + "j = M.get_weight(\"ResNet50_Weights.DEFAULT\")\n"
        + "k = M._utils.helper(weights=\"DEFAULT\")\n"
        + "l = M.ResNet(weights=\"DEFAULT\")\n"
        + "m = torchvision.models.resnet50(None, weights=\"X\")\n"
        + "n = get_model(\"resnet18\", None)\n"
        + "o = get_model(\"resnet18\", pretrained=True)\n"
        + "p = torchvision.models.resnet50(weights=False, pretrained=True)\n"
        + "q = get_model(\"bad name!\", weights=\"DEFAULT\")\n"
        + "r = torchvision.models.quantization.mobilenet_v2(weights=\"DEFAULT\")\n"
        + "s = torchvision.models.a.b.c(weights=\"DEFAULT\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 4:5 torchvision.models.resnet50 torchvision.models pytorch/vision/resnet50 <resnet50>",
            "U 7:5 torchvision.models.resnet50 torchvision.models pytorch/vision/resnet50 <resnet50>",
            "U 8:5 torchvision.models.detection.fasterrcnn_resnet50_fpn torchvision.models pytorch/vision/fasterrcnn_resnet50_fpn <fasterrcnn_resnet50_fpn>",
            "U 10:5 torchvision.models.get_model torchvision.models pytorch/vision/ResNet50 <ResNet50>",
            "U 16:5 torchvision.models.resnet50 torchvision.models pytorch/vision/resnet50 <resnet50>",
            "U 18:5 torchvision.models.get_model torchvision.models pytorch/vision/resnet18 <resnet18>",
            "U 19:5 torchvision.models.resnet50 torchvision.models pytorch/vision/resnet50 <resnet50>",
            "U 21:5 torchvision.models.quantization.mobilenet_v2 torchvision.models pytorch/vision/mobilenet_v2 <mobilenet_v2>",
            "R 5:5 torchvision.models.resnet50 torchvision.models NO_PRETRAINED_WEIGHTS <resnet50> | no pretrained weights requested (weights=None)",
            "R 6:5 torchvision.models.resnet50 torchvision.models NO_PRETRAINED_WEIGHTS <resnet50> | no pretrained weights requested (weights=None)",
            "R 11:5 torchvision.models.get_model torchvision.models UNRESOLVED_VARIABLE <name> | 'name' is not assigned in this file",
            "R 12:5 torchvision.models.get_model torchvision.models NO_MODEL_ARGUMENT <> | no model name",
            "R 17:5 torchvision.models.get_model torchvision.models NO_PRETRAINED_WEIGHTS <resnet18> | no pretrained weights requested (weights=None)",
            "R 20:5 torchvision.models.get_model torchvision.models NOT_A_MODEL_ID <bad name!> | invalid model id 'pytorch/vision/bad name!': entrypoint 'bad name!' must be a Python identifier (a letter or '_', then letters, digits or '_')");
  }

  @Test
  void torchhub() {
    String code = "import torch\n"
        + "a = torch.hub.load(\"pytorch/vision:v0.10.0\", \"resnet18\")\n"
        + "b = torch.hub.load(github=\"pytorch/vision\", model=\"resnet18\")\n"
        + "c = torch.hub.load(\"pytorch/vision\")\n"
        + "d = torch.hub.load(\"./local\", \"m\", source=\"local\")\n"
        + "e = torch.hub.load(\"pytorch/vision\", \"m\", source=\"github\")\n"
        + "f = torch.hub.load(\"pytorch/vision\", \"m\", \"local\")\n"
        + "g = torch.hub.load(repo, \"m\")\n"
        + "h = torch.hub.load(\"pytorch/vision\", entry)\n"
        + "i = torch.hub.load(\"/abs/dir\", \"m\")\n"
        + "j = torch.hub.load(\"vision\", \"m\")\n"
        + "k = torch.hub.load(\" pytorch/vision \", \" m \")\n"
        + "l = torch.hub.load(\"pytorch/vision\", \"m\", source=src)\n"
        + "m = torch.hub.load(repo_or_dir=\"pytorch/vision\", \"resnet18\")\n"
        + "n = torch.hub.load(\"a b/c\", \"m\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 2:5 torch.hub.load torch.hub.load pytorch/vision:v0.10.0/resnet18 <pytorch/vision:v0.10.0/resnet18>",
            "U 3:5 torch.hub.load torch.hub.load pytorch/vision/resnet18 <pytorch/vision/resnet18>",
            "U 6:5 torch.hub.load torch.hub.load pytorch/vision/m <pytorch/vision/m>",
            "U 12:5 torch.hub.load torch.hub.load pytorch/vision/m <pytorch/vision/m>",
            "U 13:5 torch.hub.load torch.hub.load pytorch/vision/m <pytorch/vision/m>",
            "U 14:5 torch.hub.load torch.hub.load pytorch/vision/resnet18 <pytorch/vision/resnet18>",
            "R 4:5 torch.hub.load torch.hub.load NO_MODEL_ARGUMENT <> | torch.hub.load without repository and model arguments",
            "R 5:5 torch.hub.load torch.hub.load LOCAL_PATH <\"./local\"> | source='local' loads from a directory",
            "R 7:5 torch.hub.load torch.hub.load LOCAL_PATH <\"pytorch/vision\"> | source='local' loads from a directory",
            "R 8:5 torch.hub.load torch.hub.load UNRESOLVED_VARIABLE <repo> | 'repo' is not assigned in this file",
            "R 9:5 torch.hub.load torch.hub.load UNRESOLVED_VARIABLE <entry> | 'entry' is not assigned in this file",
            "R 10:5 torch.hub.load torch.hub.load LOCAL_PATH </abs/dir> | a local hubconf directory",
            "R 11:5 torch.hub.load torch.hub.load NOT_A_MODEL_ID <vision/m> | 'vision' is not owner/repo[:ref]",
            "R 15:5 torch.hub.load torch.hub.load NOT_A_MODEL_ID <a b/c/m> | invalid model id 'a b/c/m': a PyTorch Hub id is owner/repo[:ref]/entrypoint and its owner/repo must be a GitHub repository (invalid repository 'a b/c': owner 'a b' must be 1-39 letters, digits or hyphens and must not start with a hyphen)");
  }

  @Test
  void hfhub() {
    String code = "from huggingface_hub import hf_hub_download, snapshot_download\n"
        + "a = hf_hub_download(\"acme/w\", \"f.bin\", repo_type=\"model\")\n"
        + "b = hf_hub_download(\"acme/w\", \"f.bin\", repo_type=\"dataset\")\n"
        + "c = snapshot_download(\"acme/w\", repo_type=kind)\n"
        + "d = snapshot_download(repo_id=\"acme/w\", repo_type=None)\n"
        + "e = snapshot_download()\n"
        + "f = snapshot_download(*args)\n"
        + "g = snapshot_download(**kw)\n"
        + "h = snapshot_download(x, *args)\n";
    assertThat(findings(code))
        .containsExactly(
            "U 2:5 huggingface_hub.hf_hub_download huggingface_hub.hf_hub_download acme/w <acme/w>",
            "R 3:5 huggingface_hub.hf_hub_download huggingface_hub.hf_hub_download NOT_A_MODEL_ID <\"acme/w\"> | repo_type is 'dataset', not a model",
            "R 4:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download NOT_A_MODEL_ID <\"acme/w\"> | repo_type is not a constant, not a model",
            "R 5:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download NOT_A_MODEL_ID <\"acme/w\"> | repo_type is not a constant, not a model",
            "R 6:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download NO_MODEL_ARGUMENT <> | no model argument",
            "R 7:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download UNRESOLVED_VARIABLE <> | the model argument is passed through *args or **kwargs",
            "R 8:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download UNRESOLVED_VARIABLE <> | the model argument is passed through *args or **kwargs",
            "R 9:5 huggingface_hub.snapshot_download huggingface_hub.snapshot_download UNRESOLVED_VARIABLE <x> | 'x' is not assigned in this file");
  }

  @Test
  void pipeline() {
    String code = "from transformers import pipeline\n"
        + "a = pipeline(\"ner\", model=None)\n"
        + "b = pipeline(\"ner\", None)\n"
        + "c = pipeline(\"ner\", model=AutoModel.from_pretrained(\"acme/x\"))\n"
        + "d = pipeline(\"ner\", model=build())\n"
        + "e = pipeline(model=\"acme/w\", task=\"ner\")\n"
        + "f = pipeline(\"ner\", model=\"\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 4:27 ?.AutoModel.from_pretrained transformers.from_pretrained acme/x <acme/x>",
            "U 6:5 transformers.pipeline transformers.pipeline acme/w <acme/w>",
            "R 2:5 transformers.pipeline transformers.pipeline NO_MODEL_ARGUMENT <None> | model=None: the task's default model",
            "R 3:5 transformers.pipeline transformers.pipeline NO_MODEL_ARGUMENT <None> | model=None: the task's default model",
            "R 7:5 transformers.pipeline transformers.pipeline NOT_A_MODEL_ID <> | an empty string");
  }

  @Test
  void peft() {
    String code = "from peft import PeftModel, PeftMixedModel, AutoPeftModelForCausalLM\n"
        + "a = PeftModel.from_pretrained(base, \"acme/lora\")\n"
        + "b = PeftMixedModel.from_pretrained(base, \"acme/mixed\")\n"
        + "c = AutoPeftModelForCausalLM.from_pretrained(\"acme/auto\")\n"
        + "d = PeftModel.from_pretrained(base, model_id=\"acme/kw\")\n"
        + "e = PeftModel.from_pretrained(model_id=\"acme/kw2\", model=base)\n";
    assertThat(findings(code))
        .containsExactly(
            "U 2:5 peft.PeftModel.from_pretrained peft.from_pretrained acme/lora <acme/lora>",
            "U 3:5 peft.PeftMixedModel.from_pretrained peft.from_pretrained acme/mixed <acme/mixed>",
            "U 4:5 peft.AutoPeftModelForCausalLM.from_pretrained peft.from_pretrained acme/auto <acme/auto>",
            "U 5:5 peft.PeftModel.from_pretrained peft.from_pretrained acme/kw <acme/kw>",
            "U 6:5 peft.PeftModel.from_pretrained peft.from_pretrained acme/kw2 <acme/kw2>");
  }

  @Test
  void unrelated() {
    String code = "import json\n"
        + "class Local:\n"
        + "    pass\n"
        + "a = Local.from_pretrained(\"acme/widget\")\n"
        + "b = json.from_pretrained(\"acme/widget\")\n"
        + "c = thing.snapshot_download(\"acme/widget\")\n"
        + "d = obj.attr.from_pretrained(\"acme/widget\")\n"
        + "e = x.from_pretrained(\"./local\")\n"
        + "f = x.from_pretrained(name)\n"
        + "g = x.hf_hub_download(repo_id=\"acme/widget\")\n"
        + "h = x.CrossEncoder()\n"
        + "i = x.other(\"acme/widget\")\n";
    assertThat(findings(code))
        .containsExactly(
            "R 4:5 Local.from_pretrained - UNRELATED_RECEIVER <acme/widget> | 'Local.from_pretrained' is not from a library that loads hub models",
            "R 5:5 json.from_pretrained - UNRELATED_RECEIVER <acme/widget> | 'json.from_pretrained' is not from a library that loads hub models",
            "R 6:5 thing.snapshot_download - UNRELATED_RECEIVER <acme/widget> | 'thing.snapshot_download' is not from a library that loads hub models",
            "R 7:5 obj.attr.from_pretrained - UNRELATED_RECEIVER <acme/widget> | 'obj.attr.from_pretrained' is not from a library that loads hub models",
            "R 10:5 x.hf_hub_download - UNRELATED_RECEIVER <acme/widget> | 'x.hf_hub_download' is not from a library that loads hub models");
  }

  @Test
  void unrelated_in_lib() {
    String code = "from transformers import AutoModel\n"
        + "import json\n"
        + "a = self.model_class.from_pretrained(\"acme/widget\")\n"
        + "b = json.from_pretrained(\"acme/widget\")\n"
        + "c = MODEL_CLASSES[\"x\"].from_pretrained(\"acme/widget\")\n"
        + "d = factory().from_pretrained(\"acme/widget\")\n"
        + "e = Unknown.from_pretrained(\"acme/widget\")\n"
        + "f = obj.snapshot_download(\"acme/widget\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 3:5 ?.self.model_class.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 5:24 ?.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 6:15 ?.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 7:5 ?.Unknown.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "R 4:5 json.from_pretrained - UNRELATED_RECEIVER <acme/widget> | 'json.from_pretrained' is not from a library that loads hub models",
            "R 8:5 obj.snapshot_download - UNRELATED_RECEIVER <acme/widget> | 'obj.snapshot_download' is not from a library that loads hub models");
  }

  @Test
  void values() {
    String code = "from transformers import AutoModel as AM\n"
        + "import os\n"
        + "from pathlib import Path\n"
        + "A = \"acme/\"\n"
        + "B = \"widget\"\n"
        + "a = AM.from_pretrained(A + B)\n"
        + "b = AM.from_pretrained(A + x)\n"
        + "c = AM.from_pretrained(x + y)\n"
        + "d = AM.from_pretrained(os.path.join(\"a\", \"b\") + B)\n"
        + "e = AM.from_pretrained(f\"{A}{B}\")\n"
        + "f = AM.from_pretrained(f\"{A}{x}\")\n"
        + "g = AM.from_pretrained(f\"{A.upper()}\")\n"
        + "h = AM.from_pretrained(f\"acme/{{x}}\")\n"
        + "i = AM.from_pretrained(f\"acme/{B\")\n"
        + "j = AM.from_pretrained(b\"acme/widget\")\n"
        + "k = AM.from_pretrained(\"acme/\" \"widget\")\n"
        + "l = AM.from_pretrained(\"acme/\" f\"{B}\")\n"
        + "m = AM.from_pretrained((\"acme/widget\"))\n"
        + "n = AM.from_pretrained(A if x else B)\n"
        + "o = AM.from_pretrained(x or \"acme/w\")\n"
        + "p = AM.from_pretrained(\"acme/%s\" % B)\n"
        + "q = AM.from_pretrained(\"acme/{}\".format(B))\n"
        + "r = AM.from_pretrained(os.getenv(\"MODEL\"))\n"
        + "s = AM.from_pretrained(os.environ.get(\"MODEL\", \"acme/w\"))\n"
        + "t = AM.from_pretrained(Path(\"models\") / \"x\")\n"
        + "u = AM.from_pretrained(base.joinpath(\"x\"))\n"
        + "v = AM.from_pretrained(str(\"acme/widget\"))\n"
        + "w = AM.from_pretrained(str(Path(\"a\")))\n"
        + "y = AM.from_pretrained(None)\n"
        + "z = AM.from_pretrained(lambda: \"acme/w\")\n"
        + "aa = AM.from_pretrained(\"acme/w\".lower())\n"
        + "ab = AM.from_pretrained(config.name_or_path[0])\n"
        + "ac = AM.from_pretrained(load_name())\n"
        + "ad = AM.from_pretrained(r\"acme/widget\")\n"
        + "ae = AM.from_pretrained(x.y.z)\n"
        + "af = AM.from_pretrained(pathlib_thing.Path(\"m\"))\n"
        + "ag = AM.from_pretrained(True)\n"
        + "ah = AM.from_pretrained(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb[1])\n";
    assertThat(findings(code))
        .containsExactly(
            "U 6:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 10:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 16:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 17:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 18:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 27:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "U 34:6 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/widget <acme/widget>",
            "R 7:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <A + x> | a concatenation with a part that is not a constant ('x' is not assigned in this file)",
            "R 8:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <x + y> | 'x' is not assigned in this file",
            "R 9:5 transformers.AutoModel.from_pretrained transformers.from_pretrained LOCAL_PATH <os.path.join(\"a\", \"b\") + B> | a path built with os.path.join(..)",
            "R 11:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <f\"{A}{x}\"> | an f-string with a part that is not a constant ({x}: 'x' is not assigned in this file)",
            "R 12:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <f\"{A.upper()}\"> | an f-string with a part that is not a constant ({A.upper()})",
            "R 13:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <acme/{x}> | a template, filled in at run time",
            "R 14:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <f\"acme/{B\"> | an f-string that does not close",
            "R 15:5 transformers.AutoModel.from_pretrained transformers.from_pretrained NOT_A_MODEL_ID <b\"acme/widget\"> | bytes, not a string",
            "R 19:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <A if x else B> | chosen at run time ('if')",
            "R 20:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <x or \"acme/w\"> | chosen at run time ('or')",
            "R 21:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <\"acme/%s\" % B> | a %-format filled in at run time",
            "R 22:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <\"acme/{}\".format(B)> | a string built at run time",
            "R 23:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <os.getenv(\"MODEL\")> | an environment variable",
            "R 24:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <os.environ.get(\"MODEL\", \"acme/w\")> | an environment variable",
            "R 25:5 transformers.AutoModel.from_pretrained transformers.from_pretrained LOCAL_PATH <Path(\"models\") / \"x\"> | a path built with pathlib.Path(..)",
            "R 28:5 transformers.AutoModel.from_pretrained transformers.from_pretrained LOCAL_PATH <str(Path(\"a\"))> | a path built with pathlib.Path(..)",
            "R 29:5 transformers.AutoModel.from_pretrained transformers.from_pretrained NO_MODEL_ARGUMENT <None> | None, not a string",
            "R 30:5 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <lambda: \"acme/w\"> | chosen at run time ('lambda')",
            "R 31:6 transformers.AutoModel.from_pretrained transformers.from_pretrained DYNAMIC_STRING <\"acme/w\".lower()> | a string built at run time",
            "R 32:6 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <config.name_or_path[0]> | 'config.name_or_path[0]' is not a constant in this file",
            "R 35:6 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <x.y.z> | 'x.y.z' is not a constant in this file",
            "R 37:6 transformers.AutoModel.from_pretrained transformers.from_pretrained NO_MODEL_ARGUMENT <True> | True, not a string",
            "R 38:6 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb[1]> | 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbb...' is not a constant in this file");
  }

  @Test
  void scopes() {
    String code = "from transformers import AutoModel\n"
        + "NAME = \"acme/module\"\n"
        + "class Cfg:\n"
        + "    NAME = \"acme/class\"\n"
        + "    other = \"acme/other\"\n"
        + "    def load(self):\n"
        + "        return AutoModel.from_pretrained(self.NAME)\n"
        + "    def load2(self):\n"
        + "        return AutoModel.from_pretrained(NAME)\n"
        + "    def load3(self):\n"
        + "        return AutoModel.from_pretrained(Cfg.other)\n"
        + "    def load4(self):\n"
        + "        return AutoModel.from_pretrained(self.missing)\n"
        + "    def load5(cls):\n"
        + "        return AutoModel.from_pretrained(cls.other)\n"
        + "def outside(self):\n"
        + "    return AutoModel.from_pretrained(self.NAME)\n"
        + "def f(name):\n"
        + "    return AutoModel.from_pretrained(name)\n"
        + "def g(name=\"acme/default\", *, other=1):\n"
        + "    return AutoModel.from_pretrained(name)\n"
        + "def h():\n"
        + "    x = AutoModel.from_pretrained(late)\n"
        + "    late = \"acme/late\"\n"
        + "def i():\n"
        + "    for m in [\"a/b\"]:\n"
        + "        AutoModel.from_pretrained(m)\n"
        + "    with open(\"f\") as fh:\n"
        + "        AutoModel.from_pretrained(fh)\n"
        + "    k, v = \"a/b\", \"c/d\"\n"
        + "    AutoModel.from_pretrained(k)\n"
        + "    cnt = \"acme/x\"\n"
        + "    cnt += \"y\"\n"
        + "    AutoModel.from_pretrained(cnt)\n"
        + "    typed: str = \"acme/typed\"\n"
        + "    AutoModel.from_pretrained(typed)\n"
        + "async def j():\n"
        + "    async for item in stream:\n"
        + "        AutoModel.from_pretrained(item)\n"
        + "    AutoModel.from_pretrained(Cfg.NAME)\n";
    assertThat(findings(code))
        .containsExactly(
            "U 7:16 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/class <acme/class>",
            "U 9:16 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/module <acme/module>",
            "U 11:16 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/other <acme/other>",
            "U 15:16 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/other <acme/other>",
            "U 21:12 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/default <acme/default>",
            "U 36:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/typed <acme/typed>",
            "U 40:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/class <acme/class>",
            "R 13:16 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <self.missing> | self.missing is not assigned in this class",
            "R 17:12 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <self.NAME> | self.NAME outside a class",
            "R 19:12 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <name> | 'name' is a parameter",
            "R 23:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <late> | 'late' is assigned only after its use",
            "R 27:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <m> | 'm' is a loop variable",
            "R 29:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <fh> | 'fh' is bound by 'with ... as'",
            "R 31:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <k> | 'k' is assigned by unpacking",
            "R 34:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <cnt> | 'cnt' is changed by an augmented assignment",
            "R 39:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <item> | 'item' is a loop variable");
  }

  @Test
  void attrs() {
    String code = "from transformers import AutoModel\n"
        + "class M:\n"
        + "    def __init__(self, flag):\n"
        + "        self.name = \"acme/one\"\n"
        + "        if flag:\n"
        + "            self.name = \"acme/one\"\n"
        + "        self.two = \"acme/a\"\n"
        + "        self.two = \"acme/b\"\n"
        + "        self.three = \"acme/c\"\n"
        + "        self.three = unknown\n"
        + "        self.four: str = \"acme/four\"\n"
        + "    def load(self):\n"
        + "        AutoModel.from_pretrained(self.name)\n"
        + "        AutoModel.from_pretrained(self.two)\n"
        + "        AutoModel.from_pretrained(self.three)\n"
        + "        AutoModel.from_pretrained(self.four)\n";
    assertThat(findings(code))
        .containsExactly(
            "U 13:9 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/one <acme/one>",
            "U 16:9 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/four <acme/four>",
            "R 14:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <self.two> | self.two is assigned several values",
            "R 15:9 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <self.three> | self.three is assigned several values");
  }

  @Test
  void dicts() {
    String code = "from transformers import AutoModel\n"
        + "C = {\"m\": \"acme/m\", \"n\": other, (\"t\"): 1, \"p\": {\"q\": \"r\"}}\n"
        + "D = dict(m=\"acme/dm\", n=2)\n"
        + "E = {}\n"
        + "E[\"k\"] = \"acme/ek\"\n"
        + "F = some()\n"
        + "a = AutoModel.from_pretrained(C[\"m\"])\n"
        + "b = AutoModel.from_pretrained(C[\"n\"])\n"
        + "c = AutoModel.from_pretrained(C[\"zz\"])\n"
        + "d = AutoModel.from_pretrained(D[\"m\"])\n"
        + "e = AutoModel.from_pretrained(D[\"zz\"])\n"
        + "f = AutoModel.from_pretrained(E[\"k\"])\n"
        + "g = AutoModel.from_pretrained(F[\"k\"])\n"
        + "h = AutoModel.from_pretrained(G[\"k\"])\n";
    assertThat(findings(code))
        .containsExactly(
            "U 7:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/m <acme/m>",
            "U 10:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/dm <acme/dm>",
            "U 12:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/ek <acme/ek>",
            "R 8:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <C[\"n\"]> | 'other' is not assigned in this file",
            "R 9:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <C[\"zz\"]> | C['zz'] is not a constant",
            "R 11:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <D[\"zz\"]> | D['zz'] is not a constant",
            "R 13:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <F[\"k\"]> | F['k'] is not a constant",
            "R 14:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <G[\"k\"]> | G['k'] is not a constant");
  }

  @Test
  void structure() {
    String code = "import transformers as T, os.path\n"
        + "import sentence_transformers.models\n"
        + "from transformers import (AutoModel,\n"
        + "    AutoTokenizer as Tok)\n"
        + "from . import local\n"
        + "from .pkg import *\n"
        + "if True: X = \"acme/inline\"\n"
        + "while False: pass\n"
        + "try: Y = \"acme/try\"\n"
        + "except Exception: pass\n"
        + "a = T.AutoModel.from_pretrained(X); b = Tok.from_pretrained(Y)\n"
        + "c = T.pipeline(\"ner\", model=\"acme/p\")\n"
        + "def d(): return AutoModel.from_pretrained(\"acme/oneline\")\n"
        + "class E(T.PreTrainedModel): pass\n"
        + "e = E.from_pretrained(\"acme/sub\")\n"
        + "class F(Base, metaclass=Meta):\n"
        + "    pass\n"
        + "f = F.from_pretrained(\"acme/f\")\n"
        + "class G(x=1): pass\n"
        + "g = G.from_pretrained(\"acme/g\")\n"
        + "@decorator(arg)\n"
        + "def h(): pass\n"
        + "lam = lambda z: AutoModel.from_pretrained(z)\n"
        + "n = sentence_transformers.models.Transformer(\"acme/st\")\n"
        + "x = [AutoModel.from_pretrained(\"acme/list\")]\n"
        + "y = {k: AutoModel.from_pretrained(\"acme/dict\") for k in ks}\n"
        + "async def w(): await AutoModel.from_pretrained(\"acme/await\")\n"
        + "z == \"a\"; zz <= 1; zzz >= 2; q != 3\n"
        + "def v(p, /, q, *args, r=\"acme/kwonly\", **kw):\n"
        + "    return AutoModel.from_pretrained(r)\n";
    assertThat(findings(code))
        .containsExactly(
            "U 11:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/inline <acme/inline>",
            "U 11:41 transformers.AutoTokenizer.from_pretrained transformers.from_pretrained acme/try <acme/try>",
            "U 12:5 transformers.pipeline transformers.pipeline acme/p <acme/p>",
            "U 13:17 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/oneline <acme/oneline>",
            "U 15:5 transformers.PreTrainedModel.from_pretrained transformers.from_pretrained acme/sub <acme/sub>",
            "U 25:6 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/list <acme/list>",
            "U 26:9 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/dict <acme/dict>",
            "U 27:22 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/await <acme/await>",
            "U 30:12 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/kwonly <acme/kwonly>",
            "R 18:5 F.from_pretrained - UNRELATED_RECEIVER <acme/f> | 'F.from_pretrained' is not from a library that loads hub models",
            "R 20:5 G.from_pretrained - UNRELATED_RECEIVER <acme/g> | 'G.from_pretrained' is not from a library that loads hub models",
            "R 23:17 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <z> | 'z' is not assigned in this file");
  }

  @Test
  void comments() {
    String code = "from transformers import AutoModel\n"
        + "# see AutoModel.from_pretrained(\"acme/c1\") and pipeline(\"ner\", model=\"acme/c2\")\n"
        + "s = \"\"\"docs:\n"
        + "    model = AutoModel.from_pretrained('acme/doc')\n"
        + "  x = SentenceTransformer('acme/st')\"\"\"\n"
        + "t = \"print(x)  load('acme/l')\"\n"
        + "u = \"other_method('acme/o')\"\n"
        + "# hf_hub_download(repo_id=\"acme/h\") create_model(\"hf-hub:a/b\")\n"
        + "w = 'AutoModel.from_pretrained(\\'acme/esc\\')'\n";
    assertThat(findings(code))
        .containsExactly(
            "R 2:7 AutoModel.from_pretrained - IN_COMMENT <acme/c1> | in a comment",
            "R 2:48 pipeline - IN_COMMENT <ner> | in a comment",
            "R 4:13 AutoModel.from_pretrained - IN_STRING <acme/doc> | in a string literal or docstring",
            "R 5:7 SentenceTransformer - IN_STRING <acme/st> | in a string literal or docstring",
            "R 6:16 load - IN_STRING <acme/l> | in a string literal or docstring",
            "R 8:3 hf_hub_download - IN_COMMENT <acme/h> | in a comment",
            "R 8:37 create_model - IN_COMMENT <hf-hub:a/b> | in a comment");
  }

  @Test
  void stars() {
    String code = "from transformers import *\n"
        + "from torchvision.models import *\n"
        + "from mylib import *\n"
        + "a = AutoModel.from_pretrained(\"acme/star\")\n"
        + "b = resnet50(weights=\"DEFAULT\")\n"
        + "c = Unknown.load(\"acme/x\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 4:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/star <acme/star>");
  }

  @Test
  void alias_chain() {
    String code = "from transformers import AutoModel\n"
        + "A1 = AutoModel\n"
        + "A2 = A1\n"
        + "A3 = A2\n"
        + "a = A3.from_pretrained(\"acme/chain\")\n"
        + "B = some.attr\n"
        + "b = B.from_pretrained(\"acme/b\")\n"
        + "C = \"x\"\n"
        + "c = C.from_pretrained(\"acme/c\")\n"
        + "def f(cls_param):\n"
        + "    return cls_param.from_pretrained(\"acme/param\")\n";
    assertThat(findings(code))
        .containsExactly(
            "U 5:5 transformers.AutoModel.from_pretrained transformers.from_pretrained acme/chain <acme/chain>",
            "U 9:5 ?.C.from_pretrained transformers.from_pretrained acme/c <acme/c>",
            "U 11:12 ?.cls_param.from_pretrained transformers.from_pretrained acme/param <acme/param>",
            "R 7:5 some.attr.from_pretrained - UNRELATED_RECEIVER <acme/b> | 'B.from_pretrained' is not from a library that loads hub models");
  }

  @Test
  void spacy_pkg() {
    String code = "import en_core_web_sm\n"
        + "import de_core_news_sm as de\n"
        + "nlp = en_core_web_sm.load()\n"
        + "nlp2 = de.load()\n"
        + "x = foo.load()\n"
        + "import spacy\n"
        + "s = spacy.load(\"en_core_web_sm\", disable=[\"ner\"])\n"
        + "t = spacy.load(name=\"./local_pipeline\")\n"
        + "u = spacy.load()\n";
    assertThat(findings(code))
        .containsExactly(
            "U 3:7 en_core_web_sm.load spacy.load spacy/en_core_web_sm <en_core_web_sm>",
            "U 4:8 de_core_news_sm.load spacy.load spacy/de_core_news_sm <de_core_news_sm>",
            "U 7:5 spacy.load spacy.load spacy/en_core_web_sm <en_core_web_sm>",
            "R 8:5 spacy.load spacy.load LOCAL_PATH <./local_pipeline> | a local pipeline directory",
            "R 9:5 spacy.load spacy.load NO_MODEL_ARGUMENT <> | no model argument");
  }

  @Test
  void bundles() {
    String code = "import torchaudio, torchtext\n"
        + "a = torchaudio.pipelines.WAV2VEC2_BASE.get_model()\n"
        + "b = torchtext.models.XLMR_BASE_ENCODER.get_model()\n"
        + "c = torchaudio.pipelines.get_model()\n"
        + "d = torchaudio.pipelines.A.B.get_model()\n"
        + "e = torchaudio.other.X.get_model()\n"
        + "f = torchaudio.pipelines.X.other()\n";
    assertThat(findings(code))
        .containsExactly(
            "U 2:5 torchaudio.pipelines.WAV2VEC2_BASE.get_model torchaudio.pipelines pytorch/audio/WAV2VEC2_BASE <WAV2VEC2_BASE>",
            "U 3:5 torchtext.models.XLMR_BASE_ENCODER.get_model torchtext.models pytorch/text/XLMR_BASE_ENCODER <XLMR_BASE_ENCODER>",
            "U 5:5 torchaudio.pipelines.A.B.get_model torchaudio.pipelines pytorch/audio/B <B>");
  }

  @Test
  void shownText() {
    String code = "import torch\n"
        + "from transformers import AutoModel as AM\n"
        + "a = AM.from_pretrained(cfg [ \"a\" ] [\n"
        + "    0 ])\n"
        + "b = AM.from_pretrained(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbb)\n"
        + "c = AM.from_pretrained(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbb)\n"
        + "d = torch.hub.load('./loc   \n"
        + ", 'm', source='local')\n"
        + "e = torch.hub.load(\"./xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\", \"m\", source=\"local\")\n";
    assertThat(findings(code))
        .containsExactly(
            "R 3:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <cfg [ \"a\" ] [ 0 ]> | 'cfg [ \"a\" ] [ 0 ]' is not a constant in this file",
            "R 5:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbb> | 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbb' is not a constant in this file",
            "R 6:5 transformers.AutoModel.from_pretrained transformers.from_pretrained UNRESOLVED_VARIABLE <aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbbb> | 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.bbbb...' is not a constant in this file",
            "R 7:5 torch.hub.load torch.hub.load LOCAL_PATH <'./loc > | source='local' loads from a directory",
            "R 9:5 torch.hub.load torch.hub.load LOCAL_PATH <\"./xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx> | source='local' loads from a directory");
  }

  static List<String> findings(String code) {
    ScanResult r = ReuseDetector.create().scan("a.py", code);
    List<String> out = new ArrayList<>();
    for (ModelUse u : r.uses()) {
      out.add("U " + u.line() + ":" + u.column() + " " + u.call() + " " + u.signature() + " "
          + u.model() + " <" + u.candidate() + ">");
    }
    for (RejectedCandidate x : r.rejected()) {
      out.add("R " + x.line() + ":" + x.column() + " " + x.call() + " "
          + x.signature().orElse("-") + " " + x.reason() + " <" + x.text() + "> | " + x.detail());
    }
    return out;
  }
}
