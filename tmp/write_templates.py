import os, importlib.util, sys
root='/work/wt-fees/templates/src/main/resources/templates'
def load(p):
    spec=importlib.util.spec_from_file_location("m",p); m=importlib.util.module_from_spec(spec); spec.loader.exec_module(m); return m.T
vi=load('/work/wt-fees/tmp/templates_vi.py'); en=load('/work/wt-fees/tmp/templates_en.py')
assert set(vi)==set(en), (set(vi)^set(en))
for lang,T in (('vi',vi),('en',en)):
    for key,text in T.items():
        path=os.path.join(root,lang,*key.split('.'))+'.mustache'
        os.makedirs(os.path.dirname(path),exist_ok=True)
        open(path,'w').write(text.rstrip('\n')+'\n')
print(len(vi))
