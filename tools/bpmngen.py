"""Small generator for our diagrams with DI (tools/bpmngen.py). The generated .bpmn under processes/ is the
source of truth and is edited in Camunda Modeler afterwards; this script only saved typing coordinates."""
from xml.sax.saxutils import escape, quoteattr

SIZES = {"startEvent": (36, 36), "endEvent": (36, 36), "intermediateCatchEvent": (36, 36),
         "boundaryEvent": (36, 36), "userTask": (100, 80), "serviceTask": (100, 80),
         "exclusiveGateway": (50, 50), "eventBasedGateway": (50, 50)}


class Diagram:
    def __init__(self, key, name, doc):
        self.key, self.name, self.doc = key, name, doc
        self.nodes, self.flows, self.messages = [], [], []

    def node(self, kind, id, name, x, y, attrs="", inner="", attached=None):
        w, h = SIZES[kind]
        self.nodes.append(dict(kind=kind, id=id, name=name, x=x, y=y, w=w, h=h, attrs=attrs, inner=inner,
                               attached=attached, incoming=[], outgoing=[]))
        return id

    def message(self, id, name):
        self.messages.append((id, name))

    def get(self, id):
        return next(n for n in self.nodes if n["id"] == id)

    def flow(self, id, src, tgt, name=None, cond=None, via=None):
        self.flows.append(dict(id=id, src=src, tgt=tgt, name=name, cond=cond, via=via))
        self.get(src)["outgoing"].append(id)
        self.get(tgt)["incoming"].append(id)

    def center(self, n):
        return n["x"] + n["w"] // 2, n["y"] + n["h"] // 2

    def waypoints(self, f):
        s, t = self.get(f["src"]), self.get(f["tgt"])
        sx, sy = self.center(s)
        tx, ty = self.center(t)
        if s["kind"] == "boundaryEvent":
            start = (sx, s["y"] + s["h"])
            return [start, (sx, ty), (t["x"], ty)] if sx < t["x"] else [start, (sx, ty)]
        if f["via"]:
            pts = [(sx, sy)] + f["via"] + [(tx, ty)]
        elif sy == ty:
            return [(s["x"] + s["w"], sy), (t["x"], ty)]
        elif sx == tx:
            return [(sx, s["y"] + s["h"]), (tx, t["y"])] if ty > sy else [(sx, s["y"]), (tx, t["y"] + t["h"])]
        elif tx > sx:
            # leave from top/bottom of the source, enter the target from the left
            start = (sx, s["y"] + s["h"]) if ty > sy else (sx, s["y"])
            return [start, (sx, ty), (t["x"], ty)]
        else:
            start = (s["x"] + s["w"], sy)
            return [start, (tx, sy), (tx, t["y"] + t["h"] if ty < sy else t["y"])]
        return pts

    def xml(self):
        out = []
        a = out.append
        a('<?xml version="1.0" encoding="UTF-8"?>')
        a('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" '
          'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" '
          'xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" '
          'xmlns:modeler="http://camunda.org/schema/modeler/1.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'id="Definitions_{self.key[0].upper() + self.key[1:]}" targetNamespace="http://jledu.cn/studentstatus/bpmn" '
          'exporter="Camunda Modeler" exporterVersion="5.31.0" modeler:executionPlatform="Camunda Platform" '
          'modeler:executionPlatformVersion="7.24.0">')
        a(f'  <bpmn:process id="{self.key}" name={quoteattr(self.name)} isExecutable="true" camunda:historyTimeToLive="P3650D">')
        a(f'    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>')
        for n in self.nodes:
            attached = f' attachedToRef="{n["attached"][0]}" cancelActivity="false"' if n["attached"] else ""
            a(f'    <bpmn:{n["kind"]} id="{n["id"]}" name={quoteattr(n["name"])}{attached}{(" " + n["attrs"]) if n["attrs"] else ""}>')
            head = n["inner"] and n["inner"].startswith("<bpmn:documentation")
            if head:
                a("      " + n["inner"])
            for i in n["incoming"]:
                a(f'      <bpmn:incoming>{i}</bpmn:incoming>')
            for o in n["outgoing"]:
                a(f'      <bpmn:outgoing>{o}</bpmn:outgoing>')
            if n["inner"] and not head:
                a("      " + n["inner"])
            a(f'    </bpmn:{n["kind"]}>')
        for f in self.flows:
            name = f' name={quoteattr(f["name"])}' if f["name"] else ""
            if f["cond"]:
                a(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}">')
                a(f'      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f["cond"])}</bpmn:conditionExpression>')
                a('    </bpmn:sequenceFlow>')
            else:
                a(f'    <bpmn:sequenceFlow id="{f["id"]}"{name} sourceRef="{f["src"]}" targetRef="{f["tgt"]}" />')
        a('  </bpmn:process>')
        for mid, mname in self.messages:
            a(f'  <bpmn:message id="{mid}" name="{mname}" />')
        a(f'  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.key}">')
        a(f'    <bpmndi:BPMNPlane id="BPMNPlane_{self.key}" bpmnElement="{self.key}">')
        for n in self.nodes:
            marker = ' isMarkerVisible="true"' if n["kind"] == "exclusiveGateway" else ""
            a(f'      <bpmndi:BPMNShape id="{n["id"]}_di" bpmnElement="{n["id"]}"{marker}>')
            a(f'        <dc:Bounds x="{n["x"]}" y="{n["y"]}" width="{n["w"]}" height="{n["h"]}" />')
            if n["kind"] not in ("userTask", "serviceTask") and n["name"]:
                lw = max(40, 14 * len(n["name"]))
                a(f'        <bpmndi:BPMNLabel><dc:Bounds x="{n["x"] + n["w"] // 2 - lw // 2}" y="{n["y"] + n["h"] + 6}" width="{lw}" height="14" /></bpmndi:BPMNLabel>')
            a('      </bpmndi:BPMNShape>')
        for f in self.flows:
            a(f'      <bpmndi:BPMNEdge id="{f["id"]}_di" bpmnElement="{f["id"]}">')
            pts = self.waypoints(f)
            a('        ' + "".join(f'<di:waypoint x="{x}" y="{y}" />' for x, y in pts))
            if f["name"]:
                (x1, y1), (x2, y2) = pts[0], pts[1]
                a(f'        <bpmndi:BPMNLabel><dc:Bounds x="{(x1 + x2) // 2 - 10}" y="{(y1 + y2) // 2 - 18}" width="{14 * len(f["name"])}" height="14" /></bpmndi:BPMNLabel>')
            a('      </bpmndi:BPMNEdge>')
        a('    </bpmndi:BPMNPlane>')
        a('  </bpmndi:BPMNDiagram>')
        a('</bpmn:definitions>')
        return "\n".join(out) + "\n"
