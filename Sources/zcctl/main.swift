import ArgumentParser
import ZCProtocol
print("x")
